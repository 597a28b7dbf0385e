import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { Forbidden } from 'payload'
import type { CmsHarness } from '../harness.ts'
import { rest } from './rest.ts'

type Id = string | number

/** What came of one attempt: it was done, refused with HTTP 403, or (a read) found nothing. */
export type Outcome = 'done' | 'forbidden' | 'hidden'

/** Someone acting in the CMS: their user document and login token; neither for the public. */
export type Caller = { user?: { id: Id } & Record<string, unknown>; token?: string }

/** One way into the CMS, doing the matrix's actions on one collection's documents. */
export type Channel = {
  read: (cms: CmsHarness, caller: Caller, id: Id, draft: boolean) => Promise<Outcome>
  create: (cms: CmsHarness, caller: Caller, data: Record<string, unknown>) => Promise<Outcome>
  update: (
    cms: CmsHarness,
    caller: Caller,
    id: Id,
    data: Record<string, unknown>,
  ) => Promise<Outcome>
  delete: (cms: CmsHarness, caller: Caller, id: Id) => Promise<Outcome>
}

/** Awaits a write: done, or refused by access control; any other error fails the test. */
export async function settled(attempt: Promise<unknown>): Promise<Outcome> {
  try {
    await attempt
    return 'done'
  } catch (error) {
    if (error instanceof Forbidden) return 'forbidden'
    throw error
  }
}

const asCaller = ({ user }: Caller) => ({ user, overrideAccess: false as const })

/** A collection the matrix runs on: its slug, and its names in GraphQL (`Lessons`, `Lesson`). */
export type ScopedCollection = {
  slug: 'lessons' | 'local-flows'
  graphqlPlural: string
  graphqlSingular: string
}

/** The Local API with access enforced for the caller (`overrideAccess: false`). */
const localApi = ({ slug: collection }: ScopedCollection): Channel => ({
  read: async ({ payload }, caller, id, draft) => {
    const where = { id: { equals: id } }
    const found = await payload.find({ collection, where, draft, ...asCaller(caller) })
    return found.docs.length === 1 ? 'done' : 'hidden'
  },
  create: ({ payload }, caller, data) =>
    settled(payload.create({ collection, data: data, draft: true, ...asCaller(caller) })),
  update: ({ payload }, caller, id, data) =>
    settled(payload.update({ collection, id, data, draft: true, ...asCaller(caller) })),
  delete: ({ payload }, caller, id) =>
    settled(payload.delete({ collection, id, ...asCaller(caller) })),
})

const authorization = ({ token }: Caller): Record<string, string> =>
  token ? { authorization: `JWT ${token}` } : {}

/** A REST answer as an outcome: 2xx done, 403 refused; anything else fails the test. */
function restOutcome(response: { status: number; body: unknown }): Outcome {
  if (response.status === 403) return 'forbidden'
  if (response.status >= 200 && response.status < 300) return 'done'
  throw new Error(`REST answered ${response.status}: ${JSON.stringify(response.body)}`)
}

/** Payload's REST API, called as the caller with their login token. */
const restApi = ({ slug }: ScopedCollection): Channel => ({
  read: async (cms, caller, id, draft) => {
    const url = `/api/${slug}?where[id][equals]=${id}&draft=${draft}&depth=0`
    const response = await rest(cms, 'GET', url, { headers: authorization(caller) })
    return (response.body.docs as unknown[]).length === 1 ? 'done' : 'hidden'
  },
  create: async (cms, caller, body) =>
    restOutcome(
      await rest(cms, 'POST', `/api/${slug}?draft=true`, { body, headers: authorization(caller) }),
    ),
  update: async (cms, caller, id, body) =>
    restOutcome(
      await rest(cms, 'PATCH', `/api/${slug}/${id}?draft=true`, {
        body,
        headers: authorization(caller),
      }),
    ),
  delete: async (cms, caller, id) =>
    restOutcome(
      await rest(cms, 'DELETE', `/api/${slug}/${id}`, { headers: authorization(caller) }),
    ),
})

type GraphQlAnswer = {
  data?: Record<string, { docs?: unknown[] } | null>
  errors?: { message: string; extensions?: { statusCode?: number } }[]
}

/** Sends one GraphQL operation through Payload's route handler as the caller. */
async function graphql(
  cms: CmsHarness,
  caller: Caller,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQlAnswer> {
  const request = new Request('http://cms.test/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authorization(caller) },
    body: JSON.stringify({ query, variables }),
  })
  const response = await GRAPHQL_POST(Promise.resolve(cms.payload.config))(request)
  return (await response.json()) as GraphQlAnswer
}

/** A GraphQL answer as an outcome: no errors done, only 403s refused; anything else fails. */
function graphqlOutcome(answer: GraphQlAnswer): Outcome {
  if (!answer.errors?.length) return 'done'
  if (answer.errors.every((error) => error.extensions?.statusCode === 403)) return 'forbidden'
  throw new Error(`GraphQL answered ${JSON.stringify(answer.errors)}`)
}

/** Payload's GraphQL API, called as the caller with their login token. */
const graphqlApi = ({
  graphqlPlural: plural,
  graphqlSingular: one,
}: ScopedCollection): Channel => ({
  read: async (cms, caller, id, draft) => {
    const query = `{ ${plural}(where: { id: { equals: ${JSON.stringify(id)} } }, draft: ${draft}) { docs { id } } }`
    const answer = await graphql(cms, caller, query)
    if (graphqlOutcome(answer) !== 'done') return 'forbidden'
    return answer.data?.[plural]?.docs?.length === 1 ? 'done' : 'hidden'
  },
  create: async (cms, caller, data) =>
    graphqlOutcome(
      await graphql(
        cms,
        caller,
        `mutation ($data: mutation${one}Input!) { create${one}(data: $data, draft: true) { id } }`,
        { data },
      ),
    ),
  update: async (cms, caller, id, data) =>
    graphqlOutcome(
      await graphql(
        cms,
        caller,
        `mutation ($data: mutation${one}UpdateInput!) { update${one}(id: ${JSON.stringify(id)}, data: $data, draft: true) { id } }`,
        { data },
      ),
    ),
  delete: async (cms, caller, id) =>
    graphqlOutcome(
      await graphql(cms, caller, `mutation { delete${one}(id: ${JSON.stringify(id)}) { id } }`),
    ),
})

/** The three ways into one collection: every access rule must hold the same on each. */
export const channelsFor = (collection: ScopedCollection): Record<string, Channel> => ({
  'Local API': localApi(collection),
  REST: restApi(collection),
  GraphQL: graphqlApi(collection),
})
