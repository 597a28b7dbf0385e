// The OpenAPI document against the running app: it lists every route Fastify has, and each
// status it documents for an operation is one the route really answers, with a body of the
// documented shape. Each status is provoked by a request of its own (hostile where it can be).
import type { FastifyInstance, InjectOptions } from 'fastify'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Store } from '../../tracking/index.ts'
import { compileAsTheApi } from '../contract/apiValidator.ts'
import { testReadToken } from './fixtures/badRequests.ts'
import { sqliteBackend, type Backend } from './helpers/backends.ts'
import { makeBatch, newSubject } from './helpers/events.ts'
import { testApp } from './helpers/http.ts'
import { operations, servedDocument, type OpenApi, type Operation } from './openapiDocument.ts'

let backend: Backend
let store: Store
/** The app as served, with a rate limit of one request a minute per client. */
let app: FastifyInstance
/** The same app on a store whose database has gone away. */
let broken: FastifyInstance
let brokenStore: Store
let brokenBackend: Backend
let doc: OpenApi

beforeAll(async () => {
  backend = await sqliteBackend()
  store = await backend.open()
  app = await testApp(store, { TRACKING_RATE_LIMIT: '1' })
  brokenBackend = await sqliteBackend()
  brokenStore = await brokenBackend.open()
  broken = await testApp(brokenStore, { TRACKING_RATE_LIMIT: '0' })
  await brokenStore.close()
  doc = (await servedDocument(app)).doc
})
afterAll(async () => {
  await app.close()
  await broken.close()
  await store.close()
  await backend.dispose()
  await brokenBackend.dispose()
})

let client = 0
/** Every request comes from a client address of its own, so the rate limit meets only 429s. */
const newClient = () => `10.47.${Math.floor(++client / 250)}.${client % 250}`

const json = { 'content-type': 'application/json' }
const bearer = { authorization: `Bearer ${testReadToken}` }
const plansHeaders = { ...bearer, ...json }
const batch = () => JSON.stringify({ events: makeBatch(2) })
const experimentUrl = '/v1/stats/flows/find-job/experiment?variants=kort:50,lang:50'
const groupsUrl = '/v1/stats/flows/find-job/answer-groups'
const plansUrl = '/v1/stats/flows/find-job/plan-funnels'
const alternativeUrl = '/v1/stats/flows/find-job/alternative?alternative=sygedagpenge'
const questionsUrl = '/v1/stats/questions?from=2026-11-01&to=2026-11-30'
const big = JSON.stringify({ events: makeBatch(1), padding: 'x'.repeat(70 * 1024) })

type Provoke = { app?: () => FastifyInstance; request: InjectOptions; twice?: true }
const twice = (request: InjectOptions): Provoke => ({ request, twice: true })
const onBroken = (request: InjectOptions): Provoke => ({ app: () => broken, request })

/** For each documented operation and status, a request that gets it. */
const provoke: Record<string, () => Provoke> = {
  'storeEvents 202': () => ({
    // The document's own example batch: what a client copies first must be stored.
    request: { method: 'POST', url: '/v1/events', headers: json, payload: exampleBatch() },
  }),
  'storeEvents 400': () => ({
    request: {
      method: 'POST',
      url: '/v1/events',
      headers: json,
      payload: JSON.stringify({ events: [{ ...makeBatch(1)[0], step: undefined }] }),
    },
  }),
  'storeEvents 413': () => ({
    request: { method: 'POST', url: '/v1/events', headers: json, payload: big },
  }),
  'storeEvents 415': () => ({
    request: {
      method: 'POST',
      url: '/v1/events',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      payload: batch(),
    },
  }),
  'storeEvents 429': () =>
    twice({ method: 'POST', url: '/v1/events', headers: json, payload: batch() }),
  'storeEvents 500': () =>
    onBroken({ method: 'POST', url: '/v1/events', headers: json, payload: batch() }),

  'exportSubjectEvents 200': () => ({
    request: { method: 'GET', url: `/v1/subjects/${newSubject()}/events` },
  }),
  'exportSubjectEvents 400': () => ({
    request: { method: 'GET', url: '/v1/subjects/not%20a%20subject/events' },
  }),
  'exportSubjectEvents 429': () =>
    twice({ method: 'GET', url: `/v1/subjects/${newSubject()}/events` }),
  'exportSubjectEvents 500': () =>
    onBroken({ method: 'GET', url: `/v1/subjects/${newSubject()}/events` }),

  'eraseSubject 204': () => ({
    request: { method: 'DELETE', url: `/v1/subjects/${newSubject()}` },
  }),
  'eraseSubject 400': () => ({
    request: { method: 'DELETE', url: `/v1/subjects/${newSubject()}`, headers: json, payload: '{' },
  }),
  'eraseSubject 413': () => ({
    request: { method: 'DELETE', url: `/v1/subjects/${newSubject()}`, headers: json, payload: big },
  }),
  'eraseSubject 415': () => ({
    request: {
      method: 'DELETE',
      url: `/v1/subjects/${newSubject()}`,
      headers: { 'content-type': 'text/plain' },
      payload: 'everything',
    },
  }),
  'eraseSubject 429': () => twice({ method: 'DELETE', url: `/v1/subjects/${newSubject()}` }),
  'eraseSubject 500': () => onBroken({ method: 'DELETE', url: `/v1/subjects/${newSubject()}` }),

  'listFlowStats 200': () => ({
    request: { method: 'GET', url: '/v1/stats/flows?from=2026-01-01', headers: bearer },
  }),
  'listFlowStats 400': () => ({
    request: { method: 'GET', url: '/v1/stats/flows?from=2026-13-45', headers: bearer },
  }),
  'listFlowStats 401': () => ({
    request: { method: 'GET', url: '/v1/stats/flows', headers: { authorization: 'Bearer guess' } },
  }),
  'listFlowStats 429': () => twice({ method: 'GET', url: '/v1/stats/flows', headers: bearer }),
  'listFlowStats 500': () => onBroken({ method: 'GET', url: '/v1/stats/flows', headers: bearer }),

  'getFlowStats 200': () => ({
    request: { method: 'GET', url: '/v1/stats/flows/find-job', headers: bearer },
  }),
  'getFlowStats 400': () => ({
    request: { method: 'GET', url: '/v1/stats/flows/Find_Job', headers: bearer },
  }),
  'getFlowStats 401': () => ({ request: { method: 'GET', url: '/v1/stats/flows/find-job' } }),
  'getFlowStats 429': () =>
    twice({ method: 'GET', url: '/v1/stats/flows/find-job', headers: bearer }),
  'getFlowStats 500': () =>
    onBroken({ method: 'GET', url: '/v1/stats/flows/find-job', headers: bearer }),

  'getFlowExperiment 200': () => ({
    request: { method: 'GET', url: `${experimentUrl}&outcome=contact_requested`, headers: bearer },
  }),
  'getFlowExperiment 400': () => ({
    request: { method: 'GET', url: `${experimentUrl}&outcome=step_completed`, headers: bearer },
  }),
  'getFlowExperiment 401': () => ({ request: { method: 'GET', url: experimentUrl } }),
  'getFlowExperiment 429': () => twice({ method: 'GET', url: experimentUrl, headers: bearer }),
  'getFlowExperiment 500': () => onBroken({ method: 'GET', url: experimentUrl, headers: bearer }),

  'getFlowAnswerGroups 200': () => ({
    request: { method: 'GET', url: `${groupsUrl}?questions=a-kasse,alder`, headers: bearer },
  }),
  'getFlowAnswerGroups 400': () => ({
    request: { method: 'GET', url: `${groupsUrl}?questions=A%20B`, headers: bearer },
  }),
  'getFlowAnswerGroups 401': () => ({ request: { method: 'GET', url: groupsUrl } }),
  'getFlowAnswerGroups 429': () => twice({ method: 'GET', url: groupsUrl, headers: bearer }),
  'getFlowAnswerGroups 500': () => onBroken({ method: 'GET', url: groupsUrl, headers: bearer }),

  'getFlowPlanFunnels 200': () => ({
    // The document's own example body: what a client copies first must be counted.
    request: { method: 'POST', url: plansUrl, headers: plansHeaders, payload: examplePlans() },
  }),
  'getFlowPlanFunnels 400': () => ({
    request: {
      method: 'POST',
      url: plansUrl,
      headers: plansHeaders,
      payload: JSON.stringify({
        questions: ['a-kasse'],
        plans: [{ id: '1', steps: [], answers: [['ja', 'x']] }],
      }),
    },
  }),
  'getFlowPlanFunnels 401': () => ({
    request: { method: 'POST', url: plansUrl, headers: json, payload: examplePlans() },
  }),
  'getFlowPlanFunnels 413': () => ({
    request: { method: 'POST', url: plansUrl, headers: plansHeaders, payload: big },
  }),
  'getFlowPlanFunnels 415': () => ({
    request: {
      method: 'POST',
      url: plansUrl,
      headers: { ...bearer, 'content-type': 'text/plain' },
      payload: examplePlans(),
    },
  }),
  'getFlowPlanFunnels 429': () =>
    twice({ method: 'POST', url: plansUrl, headers: plansHeaders, payload: examplePlans() }),
  'getFlowPlanFunnels 500': () =>
    onBroken({ method: 'POST', url: plansUrl, headers: plansHeaders, payload: examplePlans() }),

  'getFlowAlternative 200': () => ({
    request: { method: 'GET', url: alternativeUrl, headers: bearer },
  }),
  'getFlowAlternative 400': () => ({
    request: { method: 'GET', url: '/v1/stats/flows/find-job/alternative', headers: bearer },
  }),
  'getFlowAlternative 401': () => ({ request: { method: 'GET', url: alternativeUrl } }),
  'getFlowAlternative 429': () => twice({ method: 'GET', url: alternativeUrl, headers: bearer }),
  'getFlowAlternative 500': () => onBroken({ method: 'GET', url: alternativeUrl, headers: bearer }),

  'getQuestionStats 200': () => ({
    request: { method: 'GET', url: questionsUrl, headers: bearer },
  }),
  'getQuestionStats 400': () => ({
    request: { method: 'GET', url: '/v1/stats/questions?to=2026-02-29', headers: bearer },
  }),
  'getQuestionStats 401': () => ({ request: { method: 'GET', url: questionsUrl } }),
  'getQuestionStats 429': () => twice({ method: 'GET', url: questionsUrl, headers: bearer }),
  'getQuestionStats 500': () => onBroken({ method: 'GET', url: questionsUrl, headers: bearer }),

  'checkLiveness 200': () => ({ request: { method: 'GET', url: '/healthz' } }),
  'checkLiveness 400': () => ({ request: { method: 'GET', url: '/healthz?verbose=1' } }),
  'checkReadiness 200': () => ({ request: { method: 'GET', url: '/readyz' } }),
  'checkReadiness 400': () => ({ request: { method: 'GET', url: '/readyz?x' } }),
  'checkReadiness 503': () => onBroken({ method: 'GET', url: '/readyz' }),
}

/** The example body the document gives for a POST to this path. */
function examplePost(path: string): string {
  const body = doc.paths[path]!.post!.requestBody!.content['application/json']!.example
  return JSON.stringify(body)
}
const exampleBatch = () => examplePost('/v1/events')
const examplePlans = () => examplePost('/v1/stats/flows/{flow}/plan-funnels')

/**
 * Routes with methods (`GET /v1/stats/flows/:flow`) from Fastify's printed tree, where a child
 * line holds only the part of the path after its parent's, four columns further in.
 */
function registeredRoutes(tree: string): string[] {
  const found: string[] = []
  const prefixes: string[] = ['']
  for (const line of tree.split('\n')) {
    const match = /^([│├└─\s]*)(\S+)(?: \(([A-Z, ]+)\))?$/.exec(line)
    if (!match) continue
    // The tree's box-drawing characters are one UTF-16 unit each.
    const depth = match[1]!.length / 4
    prefixes[depth] = (prefixes[depth - 1] ?? '') + match[2]!
    for (const method of match[3]?.split(', ') ?? []) found.push(`${method} ${prefixes[depth]}`)
  }
  return found
}

describe('the document and the app', () => {
  test('list the same routes (HEAD twins of GET, CORS preflight and the document aside)', () => {
    const registered = registeredRoutes(app.printRoutes({ commonPrefix: false }))
    expect(registered).toContain('OPTIONS *')
    const served = registered.filter(
      (route) =>
        !route.startsWith('HEAD ') && route !== 'OPTIONS *' && route !== 'GET /openapi.json',
    )
    const documented = operations(doc).map(
      ({ method, path }) => `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
    )
    expect(served.sort()).toEqual(documented.sort())
    // Every GET has its HEAD twin, as Fastify makes them.
    for (const route of served.filter((route) => route.startsWith('GET ')))
      expect(registered).toContain(route.replace('GET', 'HEAD'))
  })

  test('every documented status of every operation has a request here that gets it', () => {
    const documented = operations(doc).flatMap(({ operation }) =>
      Object.keys(operation.responses).map((status) => `${operation.operationId} ${status}`),
    )
    expect(Object.keys(provoke).sort()).toEqual(documented.sort())
  })
})

const byId = (id: string): Operation =>
  operations(doc).find(({ operation }) => operation.operationId === id)!.operation

describe('each documented status, provoked', () => {
  for (const [key, make] of Object.entries(provoke)) {
    test(`${key}: the status and a body of the documented shape`, async () => {
      const [id, status] = key.split(' ') as [string, string]
      const { app: target = () => app, request, twice: again } = make()
      const remoteAddress = newClient()
      const send = () => target().inject({ ...request, remoteAddress })
      if (again) await send()
      const response = await send()
      expect(response.statusCode, response.body).toBe(Number(status))
      const documented = byId(id).responses[status]!
      const media = documented.content?.['application/json']
      if (!media) {
        expect(response.body).toBe('')
        return
      }
      expect(response.headers['content-type']).toMatch(/^application\/json/)
      const validate = compileAsTheApi(media.schema)
      const body: unknown = JSON.parse(response.body)
      expect(validate(body), `${response.body}\n${JSON.stringify(validate.errors)}`).toBe(true)
      if (Number(status) === 429) expect(response.headers['retry-after']).toMatch(/^\d+$/)
    })
  }
})

describe('a URL the router cannot read, on each route with a path parameter', () => {
  const urls = [
    ['a bad %-escape', 'GET', '/v1/subjects/%E0%A4%A/events', 'exportSubjectEvents'],
    ['a bad %-escape', 'DELETE', '/v1/subjects/%E0%A4%A', 'eraseSubject'],
    ['a bad %-escape', 'GET', '/v1/stats/flows/%E0%A4%A', 'getFlowStats'],
    [
      'a parameter of 200 characters',
      'GET',
      `/v1/subjects/${'s'.repeat(200)}/events`,
      'exportSubjectEvents',
    ],
  ] as const
  for (const [name, method, url, id] of urls) {
    test(`${method} with ${name}: the documented 400, not the router's own answer`, async () => {
      const response = await app.inject({
        method,
        url,
        headers: bearer,
        remoteAddress: newClient(),
      })
      expect(response.statusCode, response.body).toBe(400)
      expect(response.headers['x-content-type-options']).toBe('nosniff')
      const schema = byId(id).responses['400']!.content!['application/json']!.schema
      const validate = compileAsTheApi(schema)
      expect(validate(JSON.parse(response.body)), response.body).toBe(true)
    })
  }
})
