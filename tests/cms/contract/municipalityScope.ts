import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'
import { createLesson, uniqueSlug } from '../fixtures.ts'
import type { CmsHarness } from '../harness.ts'
import { createStaff, ensureMunicipality } from './municipalityFixtures.ts'
import { channels, type Caller, type Channel, type Outcome } from './scopeChannels.ts'

type Id = string | number
/** Where a lesson belongs; the local staff in this matrix work for Thisted. */
type Scope = 'national' | 'Thisted' | 'Aarhus'
type Staff = `${'national' | 'Thisted'} ${'editor' | 'publisher' | 'reviewer'}`
type Actor = 'anonymous' | 'admin' | Staff
type Action = 'read published' | 'read draft' | 'create' | 'save a draft' | 'delete'

const scopes: Scope[] = ['national', 'Thisted', 'Aarhus']
const national: Staff[] = ['national editor', 'national publisher', 'national reviewer']
const thisted: Staff[] = ['Thisted editor', 'Thisted publisher', 'Thisted reviewer']
const actors: Actor[] = ['anonymous', 'admin', ...national, ...thisted]

/**
 * Who may do what where. The public reads every published lesson (the site shows them all);
 * national staff read everything; Thisted's staff read national and Thisted's lessons, nothing
 * of Aarhus's. Editors and publishers write only in their own scope; only publishers delete.
 */
const allowed: Record<Action, Record<Scope, Actor[]>> = {
  'read published': {
    national: actors,
    Thisted: actors,
    Aarhus: ['anonymous', 'admin', ...national],
  },
  'read draft': {
    national: ['admin', ...national, ...thisted],
    Thisted: ['admin', ...national, ...thisted],
    Aarhus: ['admin', ...national],
  },
  create: {
    national: ['admin', 'national editor', 'national publisher'],
    Thisted: ['admin', 'Thisted editor', 'Thisted publisher'],
    Aarhus: ['admin'],
  },
  'save a draft': {
    national: ['admin', 'national editor', 'national publisher'],
    Thisted: ['admin', 'Thisted editor', 'Thisted publisher'],
    Aarhus: ['admin'],
  },
  delete: {
    national: ['admin', 'national publisher'],
    Thisted: ['admin', 'Thisted publisher'],
    Aarhus: ['admin'],
  },
}

/** The world the matrix runs in: the two municipalities, a caller per actor, readable lessons. */
type World = {
  municipality: Record<Scope, Id | null>
  callers: Record<Actor, Caller>
  published: Record<Scope, Id>
  drafts: Record<Scope, Id>
}

const scopeOfLesson = (doc: { municipality?: unknown }): Id | null => {
  const value = doc.municipality
  if (value && typeof value === 'object' && 'id' in value) return value.id as Id
  return (value as Id | null | undefined) ?? null
}

async function lessonsIn(
  payload: Payload,
  municipality: Record<Scope, Id | null>,
  status: 'published' | 'draft',
): Promise<Record<Scope, Id>> {
  const ids = {} as Record<Scope, Id>
  for (const scope of scopes) {
    ids[scope] = (await createLesson(payload, status, { municipality: municipality[scope] })).id
  }
  return ids
}

async function createWorld(payload: Payload): Promise<World> {
  const municipality: Record<Scope, Id | null> = {
    national: null,
    Thisted: (await ensureMunicipality(payload, '787', 'Thisted Kommune')).id,
    Aarhus: (await ensureMunicipality(payload, '751', 'Aarhus Kommune')).id,
  }
  const callers = { anonymous: {} } as Record<Actor, Caller>
  for (const actor of actors.filter((a) => a !== 'anonymous')) {
    const [where, role] = actor === 'admin' ? ['national', 'admin'] : actor.split(' ')
    const user = await createStaff(payload, role as 'admin', municipality[where as Scope])
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email as string, password: 'correct-horse-battery' },
    })
    callers[actor] = { user, token }
  }
  return {
    municipality,
    callers,
    published: await lessonsIn(payload, municipality, 'published'),
    drafts: await lessonsIn(payload, municipality, 'draft'),
  }
}

type Result = { outcome: Outcome; tookEffect: boolean }

/** Tries one action on a lesson of one scope and reads back, as the system, what it did. */
async function attempt(
  cms: CmsHarness,
  channel: Channel,
  world: World,
  actor: Actor,
  action: Action,
  scope: Scope,
): Promise<Result> {
  const { payload } = cms
  const caller = world.callers[actor]
  const municipality = world.municipality[scope]
  if (action === 'read published' || action === 'read draft') {
    const draft = action === 'read draft'
    const id = (draft ? world.drafts : world.published)[scope]
    const outcome = await channel.read(cms, caller, id, draft)
    return { outcome, tookEffect: outcome === 'done' }
  }
  if (action === 'create') {
    const slug = uniqueSlug('kommune')
    const data = { title: 'Lokal lektion', slug, minutes: 3, municipality }
    const outcome = await channel.create(cms, caller, data)
    const where = { slug: { equals: slug } }
    const { docs } = await payload.find({ collection: 'lessons', where, draft: true })
    const tookEffect = docs.length === 1 && scopeOfLesson(docs[0]!) === municipality
    return { outcome, tookEffect }
  }
  const lesson = await createLesson(payload, 'draft', { municipality })
  if (action === 'save a draft') {
    const outcome = await channel.update(cms, caller, lesson.id, { title: 'Ny lokal titel' })
    const after = await payload.findByID({ collection: 'lessons', id: lesson.id, draft: true })
    return { outcome, tookEffect: after.title === 'Ny lokal titel' }
  }
  const outcome = await channel.delete(cms, caller, lesson.id)
  const where = { id: { equals: lesson.id } }
  const left = await payload.count({ collection: 'lessons', where })
  return { outcome, tookEffect: left.totalDocs === 0 }
}

/** What the matrix expects: the effect when allowed; else a read finds nothing, a write is a 403. */
function expected(actor: Actor, action: Action, scope: Scope): Result {
  if (allowed[action][scope].includes(actor)) return { outcome: 'done', tookEffect: true }
  return { outcome: action.startsWith('read') ? 'hidden' : 'forbidden', tookEffect: false }
}

/**
 * Every role × scope (national, own municipality, another municipality) × action, over the
 * Local API, REST and GraphQL: each allowed action has its effect, each refused one none.
 */
export function municipalityScopeContract(cms: () => CmsHarness): void {
  describe('national and local content: who may do what where', () => {
    let world: World
    beforeAll(async () => {
      world = await createWorld(cms().payload)
    })
    for (const [name, channel] of Object.entries(channels)) {
      for (const actor of actors) {
        for (const action of Object.keys(allowed) as Action[]) {
          test(`${name}: ${actor} may ${action} in ${scopes.filter((s) => allowed[action][s].includes(actor)).join(', ') || 'no scope'}`, async () => {
            const results = {} as Record<Scope, Result>
            const wanted = {} as Record<Scope, Result>
            for (const scope of scopes) {
              results[scope] = await attempt(cms(), channel, world, actor, action, scope)
              wanted[scope] = expected(actor, action, scope)
            }
            expect(results).toEqual(wanted)
          })
        }
      }
    }
  })
}
