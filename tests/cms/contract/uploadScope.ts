import { Forbidden, type Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'
import { pngFile, uniqueSlug } from '../fixtures.ts'
import type { CmsHarness } from '../harness.ts'
import { ensureMunicipality, signInActors } from './municipalityFixtures.ts'
import { rest } from './rest.ts'
import { settled, type Outcome } from './scopeChannels.ts'
import { scopedDeleters, scopedWriters } from './scopeMatrix.ts'

type Id = string | number
type Scope = 'national' | 'Thisted' | 'Aarhus'
type Actor =
  | 'anonymous'
  | 'admin'
  | 'national editor'
  | 'national publisher'
  | 'Thisted editor'
  | 'Thisted publisher'
type Action = 'read' | 'change' | 'delete'
type Caller = { user?: { id: Id } & Record<string, unknown>; token?: string }

const actors: Actor[] = [
  'anonymous',
  'admin',
  'national editor',
  'national publisher',
  'Thisted editor',
  'Thisted publisher',
]
const scopes: Scope[] = ['national', 'Thisted', 'Aarhus']

/**
 * Who may do what with an uploaded image (cms/collections/uploadAccess.ts): the public reads
 * every one (the site shows them); in the admin, Thisted's staff see national and Thisted's
 * uploads, never Aarhus's; writers change files of their own scope, publishers delete them.
 */
const allowed: Record<Action, Record<Scope, readonly string[]>> = {
  read: {
    national: actors,
    Thisted: actors,
    Aarhus: ['anonymous', 'admin', 'national editor', 'national publisher'],
  },
  change: scopedWriters,
  delete: scopedDeleters,
}

async function uploadImage(payload: Payload, municipality: Id | null): Promise<Id> {
  const image = await payload.create({
    collection: 'media',
    data: { alt: 'Et billede', municipality } as never,
    file: pngFile(`${uniqueSlug('billede')}.png`),
  })
  return image.id
}

type Channel = (cms: CmsHarness, caller: Caller, action: Action, id: Id) => Promise<Outcome>

const change = { credit: 'Foto: Jobcenter' }

const localApi: Channel = async ({ payload }, { user }, action, id) => {
  const as = { user, overrideAccess: false as const }
  if (action === 'read') {
    const found = await payload.find({ collection: 'media', where: { id: { equals: id } }, ...as })
    return found.docs.length === 1 ? 'done' : 'forbidden'
  }
  if (action === 'change')
    return settled(payload.update({ collection: 'media', id, data: change, ...as }))
  return settled(payload.delete({ collection: 'media', id, ...as }))
}

const restApi: Channel = async (cms, { token }, action, id) => {
  const headers: Record<string, string> = token ? { authorization: `JWT ${token}` } : {}
  if (action === 'read') {
    const response = await rest(cms, 'GET', `/api/media?where[id][equals]=${id}&depth=0`, {
      headers,
    })
    return (response.body.docs as unknown[]).length === 1 ? 'done' : 'forbidden'
  }
  const response =
    action === 'change'
      ? await rest(cms, 'PATCH', `/api/media/${id}`, { body: change, headers })
      : await rest(cms, 'DELETE', `/api/media/${id}`, { headers })
  if (response.status === 403) return 'forbidden'
  if (response.status === 200) return 'done'
  throw new Error(`REST answered ${response.status}: ${JSON.stringify(response.body)}`)
}

/** What an attempt did, read back by the system: the change or deletion happened or not. */
async function tookEffect(payload: Payload, action: Action, id: Id): Promise<boolean | null> {
  if (action === 'read') return null
  const left = await payload.find({ collection: 'media', where: { id: { equals: id } } })
  if (action === 'delete') return left.totalDocs === 0
  return (left.docs[0] as { credit?: string } | undefined)?.credit === change.credit
}

/**
 * Uploads are scoped like content: every role × scope × action on images, over the Local API
 * and REST, and a municipality's writer cannot place an upload in another scope.
 */
export function uploadScopeContract(cms: () => CmsHarness): void {
  describe('uploads: who may do what where', () => {
    const municipality = {} as Record<Scope, Id | null>
    const callers = {} as Record<Actor, Caller>
    beforeAll(async () => {
      const { payload } = cms()
      municipality.national = null
      municipality.Thisted = (await ensureMunicipality(payload, '787', 'Thisted Kommune')).id
      municipality.Aarhus = (await ensureMunicipality(payload, '751', 'Aarhus Kommune')).id
      Object.assign(callers, await signInActors(payload, actors, municipality))
    })

    for (const [name, channel] of Object.entries({ 'Local API': localApi, REST: restApi })) {
      for (const actor of actors) {
        for (const action of Object.keys(allowed) as Action[]) {
          const where = scopes.filter((scope) => allowed[action][scope].includes(actor))
          test(`${name}: ${actor} may ${action} images in ${where.join(', ') || 'no scope'}`, async () => {
            const { payload } = cms()
            const results = {} as Record<Scope, [Outcome, boolean | null]>
            const wanted = {} as Record<Scope, [Outcome, boolean | null]>
            for (const scope of scopes) {
              const id = await uploadImage(payload, municipality[scope])
              const outcome = await channel(cms(), callers[actor], action, id)
              results[scope] = [outcome, await tookEffect(payload, action, id)]
              const may = allowed[action][scope].includes(actor)
              wanted[scope] = [may ? 'done' : 'forbidden', action === 'read' ? null : may]
            }
            expect(results).toEqual(wanted)
          })
        }
      }
    }

    test("a municipality's writer uploads into their own municipality, never another scope", async () => {
      const { payload } = cms()
      const { user } = callers['Thisted editor']
      const as = { user, overrideAccess: false as const }
      const own = await payload.create({
        collection: 'media',
        data: { alt: 'Infomødet' },
        file: pngFile(`${uniqueSlug('eget')}.png`),
        ...as,
      })
      const stored = await payload.findByID({ collection: 'media', id: own.id, depth: 0 })
      expect(stored.municipality).toEqual(municipality.Thisted)
      const elsewhere = payload.create({
        collection: 'media',
        data: { alt: 'Aarhus', municipality: municipality.Aarhus } as never,
        file: pngFile(`${uniqueSlug('andet')}.png`),
        ...as,
      })
      await expect(elsewhere).rejects.toBeInstanceOf(Forbidden)
    })
  })
}
