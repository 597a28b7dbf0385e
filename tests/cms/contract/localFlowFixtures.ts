import type { Payload } from 'payload'
import { uniqueSlug } from '../fixtures.ts'

type Id = string | number
type Doc = { id: Id } & Record<string, unknown>

/** Contact steps (no content to publish first), one per key, titled after the key. */
const contactSteps = (keys: readonly string[]) =>
  keys.map((key) => ({ key, title: `Trin ${key}`, kind: 'contact' }))

/** A flow written and published by the system: national unless a municipality is given. */
export async function createFlow(
  payload: Payload,
  keys: readonly string[] = ['velkommen', 'a-kasse', 'kontakt'],
  municipality: Id | null = null,
): Promise<Doc> {
  return (await payload.create({
    collection: 'flows',
    data: {
      title: 'Ny på dagpenge (test)',
      slug: uniqueSlug('forloeb'),
      _status: 'published',
      steps: contactSteps(keys),
      municipality,
    } as never,
  })) as unknown as Doc
}

/** A local step as an editor adds it: placed after `after`, a contact step unless told. */
export const localStep = (after: string, title: string, extra: Record<string, unknown> = {}) => ({
  after,
  title,
  kind: 'contact',
  ...extra,
})

/** A local flow written by the system, on a new national flow unless one is given. */
export async function createLocalFlow(
  payload: Payload,
  status: 'published' | 'draft',
  municipality: Id | null,
  data: Record<string, unknown> = {},
): Promise<Doc> {
  const flow = data.flow ?? (await createFlow(payload)).id
  return (await payload.create({
    collection: 'local-flows',
    data: { flow, municipality, _status: status, ...data } as never,
    draft: status === 'draft',
  })) as unknown as Doc
}
