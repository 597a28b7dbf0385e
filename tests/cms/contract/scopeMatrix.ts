import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'
import type { CmsHarness } from '../harness.ts'
import { ensureMunicipality, signInActors } from './municipalityFixtures.ts'
import {
  channelsFor,
  type Caller,
  type Channel,
  type Outcome,
  type ScopedCollection,
} from './scopeChannels.ts'

type Id = string | number
/** Where a document belongs; the local staff in the matrix work for Thisted. */
type Scope = 'national' | 'Thisted' | 'Aarhus'
type Staff = `${'national' | 'Thisted'} ${'editor' | 'publisher' | 'reviewer'}`
/** Someone in the matrix: the public, an admin, or national or Thisted staff. */
type Actor = 'anonymous' | 'admin' | Staff
/** What the matrix tries. */
type Action = 'read published' | 'read draft' | 'create' | 'save a draft' | 'delete'

/** Who writes in each scope: admins anywhere, editors and publishers in their own. */
export const scopedWriters = {
  national: ['admin', 'national editor', 'national publisher'],
  Thisted: ['admin', 'Thisted editor', 'Thisted publisher'],
  Aarhus: ['admin'],
} satisfies Record<Scope, Actor[]>

/** Who deletes in each scope: admins anywhere, publishers in their own. */
export const scopedDeleters = {
  national: ['admin', 'national publisher'],
  Thisted: ['admin', 'Thisted publisher'],
  Aarhus: ['admin'],
} satisfies Record<Scope, Actor[]>

const national: Staff[] = ['national editor', 'national publisher', 'national reviewer']
const thisted: Staff[] = ['Thisted editor', 'Thisted publisher', 'Thisted reviewer']
const actors: Actor[] = ['anonymous', 'admin', ...national, ...thisted]

/**
 * Who may do what where (content's rules, cms/access/municipalityScope.ts). The public reads
 * every published document (the site shows them all); national staff read everything;
 * Thisted's staff read national and Thisted's documents, nothing of Aarhus's. Editors and
 * publishers write only in their own scope; only publishers delete.
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
  create: scopedWriters,
  'save a draft': scopedWriters,
  delete: scopedDeleters,
}

/** A new document to create in a scope, and how to find it afterwards. */
type NewDocument = { data: Record<string, unknown>; find: Record<string, unknown> }

/** What the matrix runs on: a collection and how to make, change and recognise its documents. */
export type MatrixSubject = {
  collection: ScopedCollection
  /** The scopes its documents can have (a local flow is never national). */
  scopes: Scope[]
  /** A document written by the system, published or as a draft. */
  create: (payload: Payload, status: 'published' | 'draft', municipality: Id | null) => Promise<Id>
  /** Data for a create by a caller, and a `where` that finds the document then. */
  newDocument: (payload: Payload, municipality: Id | null) => Promise<NewDocument>
  /** A change a draft save makes, and whether a document shows it. */
  change: { data: Record<string, unknown>; shows: (doc: Record<string, unknown>) => boolean }
}

/** The world the matrix runs in: the two municipalities, a caller per actor, readable documents. */
type World = {
  municipality: Record<Scope, Id | null>
  callers: Record<Actor, Caller>
  published: Partial<Record<Scope, Id>>
  drafts: Partial<Record<Scope, Id>>
}

const scopeOf = (doc: { municipality?: unknown }): Id | null => {
  const value = doc.municipality
  if (value && typeof value === 'object' && 'id' in value) return value.id as Id
  return (value as Id | null | undefined) ?? null
}

async function createWorld(payload: Payload, subject: MatrixSubject): Promise<World> {
  const municipality: Record<Scope, Id | null> = {
    national: null,
    Thisted: (await ensureMunicipality(payload, '787', 'Thisted Kommune')).id,
    Aarhus: (await ensureMunicipality(payload, '751', 'Aarhus Kommune')).id,
  }
  const callers = await signInActors(payload, actors, municipality)
  const published: World['published'] = {}
  const drafts: World['drafts'] = {}
  for (const scope of subject.scopes) {
    published[scope] = await subject.create(payload, 'published', municipality[scope])
    drafts[scope] = await subject.create(payload, 'draft', municipality[scope])
  }
  return { municipality, callers, published, drafts }
}

type Result = { outcome: Outcome; tookEffect: boolean }

/** Tries one action on a document of one scope and reads back, as the system, what it did. */
async function attempt(
  cms: CmsHarness,
  subject: MatrixSubject,
  channel: Channel,
  world: World,
  [actor, action, scope]: [Actor, Action, Scope],
): Promise<Result> {
  const { payload } = cms
  const collection = subject.collection.slug
  const caller = world.callers[actor]
  const municipality = world.municipality[scope]
  if (action === 'read published' || action === 'read draft') {
    const draft = action === 'read draft'
    const id = (draft ? world.drafts : world.published)[scope]!
    const outcome = await channel.read(cms, caller, id, draft)
    return { outcome, tookEffect: outcome === 'done' }
  }
  if (action === 'create') {
    const { data, find } = await subject.newDocument(payload, municipality)
    const outcome = await channel.create(cms, caller, data)
    const { docs } = await payload.find({ collection, where: find as never, draft: true })
    return { outcome, tookEffect: docs.length === 1 && scopeOf(docs[0]!) === municipality }
  }
  const id = await subject.create(payload, 'draft', municipality)
  if (action === 'save a draft') {
    const outcome = await channel.update(cms, caller, id, subject.change.data)
    const after = await payload.findByID({ collection, id, draft: true })
    return {
      outcome,
      tookEffect: subject.change.shows(after as unknown as Record<string, unknown>),
    }
  }
  const outcome = await channel.delete(cms, caller, id)
  const left = await payload.count({ collection, where: { id: { equals: id } } })
  return { outcome, tookEffect: left.totalDocs === 0 }
}

/** What the matrix expects: the effect when allowed; else a read finds nothing, a write is a 403. */
function expected(actor: Actor, action: Action, scope: Scope): Result {
  if (allowed[action][scope].includes(actor)) return { outcome: 'done', tookEffect: true }
  return { outcome: action.startsWith('read') ? 'hidden' : 'forbidden', tookEffect: false }
}

/**
 * Every role × scope (national, own municipality, another municipality) × action on one
 * collection, over the Local API, REST and GraphQL: each allowed action has its effect, each
 * refused one none.
 */
export function scopeMatrix(title: string, cms: () => CmsHarness, subject: MatrixSubject): void {
  describe(title, () => {
    let world: World
    beforeAll(async () => {
      world = await createWorld(cms().payload, subject)
    })
    const { scopes } = subject
    for (const [name, channel] of Object.entries(channelsFor(subject.collection))) {
      for (const actor of actors) {
        for (const action of Object.keys(allowed) as Action[]) {
          const where = scopes.filter((s) => allowed[action][s].includes(actor))
          test(`${name}: ${actor} may ${action} in ${where.join(', ') || 'no scope'}`, async () => {
            const results = {} as Record<Scope, Result>
            const wanted = {} as Record<Scope, Result>
            for (const scope of scopes) {
              const step: [Actor, Action, Scope] = [actor, action, scope]
              results[scope] = await attempt(cms(), subject, channel, world, step)
              wanted[scope] = expected(actor, action, scope)
            }
            expect(results).toEqual(wanted)
          })
        }
      }
    }
  })
}
