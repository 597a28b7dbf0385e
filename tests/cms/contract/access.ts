import { beforeAll, describe, expect, test } from 'vitest'
import type { CollectionSlug, Payload } from 'payload'
import type { Role } from '../../../content-models/index.ts'
import { createLesson, createUsers, lessonData, pngFile, uniqueSlug } from '../fixtures.ts'
import { contentDrafts } from './contentDrafts.ts'
import type { CmsHarness } from '../harness.ts'
import { forbidden, publishingRefused } from './refusal.ts'

type Actor = Role | 'anonymous'
type Doc = { id: string | number } & Record<string, unknown>

/**
 * How a refusal shows: Payload's `Forbidden` (HTTP 403) from access control; the publishing
 * guard's 403 for editors; a read that finds nothing (access narrows the query); a field change
 * silently dropped (field-level access).
 */
type Refusal = 'forbidden' | 'publishing' | 'hidden' | 'ignored'

/**
 * One action in the matrix. `setup` runs as the system before the attempt (its errors fail the
 * test); `attempt` is the one call made as the actor; `took` reads back, as the system, whether
 * the action's effect is there.
 */
type Case<Context> = {
  setup: (payload: Payload, user: Doc | undefined) => Promise<Context>
  attempt: (payload: Payload, user: Doc | undefined, context: Context) => Promise<unknown>
  took: (payload: Payload, context: Context, result: unknown) => Promise<boolean>
  refusedAs: (actor: Actor) => Refusal
}

const asActor = (user: Doc | undefined) => ({ user, overrideAccess: false as const })

/** Editors reach the publishing guard; reviewers and anonymous callers never get past access. */
const publishingGuard = (actor: Actor): Refusal => (actor === 'editor' ? 'publishing' : 'forbidden')
const byAccess = (): Refusal => 'forbidden'
const byReadAccess = (): Refusal => 'hidden'

const found = (result: unknown) => (result as { docs: unknown[] }).docs.length === 1

const liveLesson = (payload: Payload, id: Doc['id']) =>
  payload.findByID({ collection: 'lessons', id, draft: false })

/** True when a version of the document with this status exists. */
async function versionWithStatus(
  payload: Payload,
  collection: CollectionSlug,
  id: Doc['id'],
  status: 'published' | 'draft',
): Promise<boolean> {
  const versions = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: status } }] },
  })
  return versions.totalDocs > 0
}

const liveStatus = async (payload: Payload, collection: CollectionSlug, id: Doc['id']) =>
  ((await payload.findByID({ collection, id, draft: false })) as unknown as Doc)._status

const exists = async (payload: Payload, collection: CollectionSlug, id: Doc['id']) =>
  (await payload.find({ collection, where: { id: { equals: id } }, draft: true })).totalDocs === 1

const define = <Context>(c: Case<Context>) => c as Case<unknown>

const actions: Record<string, Case<unknown>> = {
  'read a published lesson': define({
    setup: (payload) => createLesson(payload, 'published'),
    attempt: (payload, user, lesson) =>
      payload.find({
        collection: 'lessons',
        where: { id: { equals: lesson.id } },
        ...asActor(user),
      }),
    took: async (_, __, result) => found(result),
    refusedAs: byReadAccess,
  }),
  'read a draft lesson': define({
    setup: (payload) => createLesson(payload, 'draft'),
    attempt: (payload, user, lesson) =>
      payload.find({
        collection: 'lessons',
        where: { id: { equals: lesson.id } },
        draft: true,
        ...asActor(user),
      }),
    took: async (_, __, result) => found(result),
    refusedAs: byReadAccess,
  }),
  'create a draft lesson': define({
    setup: async () => uniqueSlug('ny'),
    attempt: (payload, user, slug) =>
      payload.create({
        collection: 'lessons',
        data: lessonData({ slug }),
        draft: true,
        ...asActor(user),
      }),
    took: async (payload, slug) =>
      (
        await payload.find({
          collection: 'lessons',
          where: { slug: { equals: slug } },
          draft: true,
        })
      ).totalDocs === 1,
    refusedAs: byAccess,
  }),
  'save a draft of a lesson': define({
    setup: (payload) => createLesson(payload, 'published'),
    attempt: (payload, user, lesson) =>
      payload.update({
        collection: 'lessons',
        id: lesson.id,
        data: { title: 'Ny titel' },
        draft: true,
        ...asActor(user),
      }),
    // The draft holds the change; what citizens see does not.
    took: async (payload, lesson) => {
      const draft = await payload.findByID({ collection: 'lessons', id: lesson.id, draft: true })
      const live = await liveLesson(payload, lesson.id)
      expect(live.title).toBe('Sådan bruger du jobloggen')
      return draft.title === 'Ny titel'
    },
    refusedAs: byAccess,
  }),
  'publish a lesson': define({
    setup: (payload) => createLesson(payload, 'draft'),
    attempt: (payload, user, lesson) =>
      payload.update({
        collection: 'lessons',
        id: lesson.id,
        data: { _status: 'published' },
        ...asActor(user),
      }),
    took: async (payload, lesson) =>
      (await liveLesson(payload, lesson.id))._status === 'published' &&
      (await versionWithStatus(payload, 'lessons', lesson.id, 'published')),
    refusedAs: publishingGuard,
  }),
  'change a published lesson directly': define({
    setup: (payload) => createLesson(payload, 'published'),
    attempt: (payload, user, lesson) =>
      payload.update({
        collection: 'lessons',
        id: lesson.id,
        data: { title: 'Ændret live' },
        ...asActor(user),
      }),
    took: async (payload, lesson) => (await liveLesson(payload, lesson.id)).title === 'Ændret live',
    refusedAs: publishingGuard,
  }),
  'unpublish a lesson': define({
    setup: (payload) => createLesson(payload, 'published'),
    attempt: (payload, user, lesson) =>
      payload.update({
        collection: 'lessons',
        id: lesson.id,
        data: { _status: 'draft' },
        ...asActor(user),
      }),
    took: async (payload, lesson) => (await liveLesson(payload, lesson.id))._status === 'draft',
    refusedAs: publishingGuard,
  }),
  'delete a lesson': define({
    setup: (payload) => createLesson(payload, 'draft'),
    attempt: (payload, user, lesson) =>
      payload.delete({ collection: 'lessons', id: lesson.id, ...asActor(user) }),
    took: async (payload, lesson) => !(await exists(payload, 'lessons', lesson.id)),
    refusedAs: byAccess,
  }),
  'upload an image': define({
    setup: async () => `En kalender med en dato sat af (${uniqueSlug('alt')})`,
    attempt: (payload, user, alt) =>
      payload.create({
        collection: 'media',
        data: { alt },
        file: pngFile('kalender.png'),
        ...asActor(user),
      }),
    took: async (payload, alt) =>
      (await payload.find({ collection: 'media', where: { alt: { equals: alt } } })).totalDocs ===
      1,
    refusedAs: byAccess,
  }),
  'create a user': define({
    setup: async () => `${uniqueSlug('ny')}@test.local`,
    attempt: (payload, user, email) =>
      payload.create({
        collection: 'users',
        data: { email, password: 'correct-horse-battery', role: 'editor' },
        ...asActor(user),
      }),
    took: async (payload, email) =>
      (await payload.find({ collection: 'users', where: { email: { equals: email } } }))
        .totalDocs === 1,
    refusedAs: byAccess,
  }),
  'make another user admin': define({
    setup: (payload) => createUser(payload, 'editor'),
    attempt: (payload, user, target) =>
      payload.update({
        collection: 'users',
        id: target.id,
        data: { role: 'admin' },
        ...asActor(user),
      }),
    took: async (payload, target) =>
      (await payload.findByID({ collection: 'users', id: target.id })).role === 'admin',
    refusedAs: byAccess,
  }),
  'change site settings': define({
    setup: async () => `Jobunivers ${uniqueSlug('navn')}`,
    attempt: (payload, user, siteName) =>
      payload.updateGlobal({ slug: 'site-settings', data: { siteName }, ...asActor(user) }),
    took: async (payload, siteName) =>
      (await payload.findGlobal({ slug: 'site-settings' })).siteName === siteName,
    refusedAs: byAccess,
  }),
}

const allowed: Record<string, Actor[]> = {
  'read a published lesson': ['anonymous', 'admin', 'editor', 'publisher', 'reviewer'],
  'read a draft lesson': ['admin', 'editor', 'publisher', 'reviewer'],
  'create a draft lesson': ['admin', 'editor', 'publisher'],
  'save a draft of a lesson': ['admin', 'editor', 'publisher'],
  'publish a lesson': ['admin', 'publisher'],
  'change a published lesson directly': ['admin', 'publisher'],
  'unpublish a lesson': ['admin', 'publisher'],
  'delete a lesson': ['admin', 'publisher'],
  'upload an image': ['admin', 'editor', 'publisher'],
  'create a user': ['admin'],
  'make another user admin': ['admin'],
  'change site settings': ['admin', 'publisher'],
}

/** A user of this role, created by the system. */
async function createUser(payload: Payload, role: Role): Promise<Doc> {
  return (await payload.create({
    collection: 'users',
    data: { email: `${uniqueSlug(role)}@test.local`, password: 'correct-horse-battery', role },
  })) as unknown as Doc
}

/**
 * Field-level access: a non-admin's own role change is dropped without an error, so the
 * refusal is asserted by the role staying as it was.
 */
const makeThemselfAdmin: Case<Doc> = {
  setup: async (_, user) => user!,
  attempt: (payload, user) =>
    payload.update({
      collection: 'users',
      id: user!.id,
      data: { role: 'admin' },
      ...asActor(user),
    }),
  took: async (payload, self) =>
    (await payload.findByID({ collection: 'users', id: self.id })).role === 'admin',
  refusedAs: () => 'ignored',
}

async function draftIn(payload: Payload, collection: CollectionSlug): Promise<Doc> {
  const { data } = await contentDrafts[collection]!(payload)
  return (await payload.create({
    collection,
    data: { ...data, _status: 'draft' } as never,
    draft: true,
  })) as unknown as Doc
}

async function publishedIn(payload: Payload, collection: CollectionSlug): Promise<Doc> {
  const draft = await draftIn(payload, collection)
  await payload.update({ collection, id: draft.id, data: { _status: 'published' } as never })
  return draft
}

/** The same rules on every content collection, each checked by its effect. */
const everyCollection: Record<
  string,
  { allowed: Actor[]; make: (collection: CollectionSlug) => Case<unknown> }
> = {
  'read a draft': {
    allowed: ['admin', 'editor', 'publisher', 'reviewer'],
    make: (collection) =>
      define({
        setup: (payload) => draftIn(payload, collection),
        attempt: (payload, user, draft) =>
          payload.find({
            collection,
            where: { id: { equals: draft.id } },
            draft: true,
            ...asActor(user),
          }),
        took: async (_, __, result) => found(result),
        refusedAs: byReadAccess,
      }),
  },
  'create a draft': {
    allowed: ['admin', 'editor', 'publisher'],
    make: (collection) =>
      define({
        setup: async (payload) => (await contentDrafts[collection]!(payload)).data,
        attempt: (payload, user, data) =>
          payload.create({
            collection,
            data: { ...data, _status: 'draft' } as never,
            draft: true,
            ...asActor(user),
          }),
        took: async (payload, data) =>
          (
            await payload.find({
              collection,
              where: { slug: { equals: data.slug } },
              draft: true,
            })
          ).totalDocs === 1,
        refusedAs: byAccess,
      }),
  },
  publish: {
    allowed: ['admin', 'publisher'],
    make: (collection) =>
      define({
        setup: (payload) => draftIn(payload, collection),
        attempt: (payload, user, draft) =>
          payload.update({
            collection,
            id: draft.id,
            data: { _status: 'published' } as never,
            ...asActor(user),
          }),
        took: async (payload, draft) =>
          (await liveStatus(payload, collection, draft.id)) === 'published' &&
          (await versionWithStatus(payload, collection, draft.id, 'published')),
        refusedAs: publishingGuard,
      }),
  },
  unpublish: {
    allowed: ['admin', 'publisher'],
    make: (collection) =>
      define({
        setup: (payload) => publishedIn(payload, collection),
        attempt: (payload, user, live) =>
          payload.update({
            collection,
            id: live.id,
            data: { _status: 'draft' } as never,
            ...asActor(user),
          }),
        took: async (payload, live) => (await liveStatus(payload, collection, live.id)) === 'draft',
        refusedAs: publishingGuard,
      }),
  },
  delete: {
    allowed: ['admin', 'publisher'],
    make: (collection) =>
      define({
        setup: (payload) => publishedIn(payload, collection),
        attempt: (payload, user, live) =>
          payload.delete({ collection, id: live.id, ...asActor(user) }),
        took: async (payload, live) => !(await exists(payload, collection, live.id)),
        refusedAs: byAccess,
      }),
  },
}

/**
 * Runs one case: the setup outside the asserted part; an allowed action must have its effect;
 * a refused one must be refused in its own way and leave no effect.
 */
async function check(
  payload: Payload,
  c: Case<unknown>,
  actor: Actor,
  user: Doc | undefined,
  may: boolean,
): Promise<void> {
  const prepared = await c.setup(payload, user)
  if (may) {
    const result = await c.attempt(payload, user, prepared)
    expect(await c.took(payload, prepared, result), 'the allowed action had no effect').toBe(true)
    return
  }
  const refusal = c.refusedAs(actor)
  let result: unknown
  if (refusal === 'forbidden') await forbidden(c.attempt(payload, user, prepared))
  else if (refusal === 'publishing') await publishingRefused(c.attempt(payload, user, prepared))
  else result = await c.attempt(payload, user, prepared)
  expect(await c.took(payload, prepared, result), `refused as ${refusal}, yet it took effect`).toBe(
    false,
  )
}

/** Each role × each action, allowed and refused, through the Local API with access enforced. */
export function accessContract(cms: () => CmsHarness): void {
  describe('access matrix', () => {
    let users: Record<Role, Doc>
    beforeAll(async () => {
      users = await createUsers(cms().payload)
    })
    const actors: Actor[] = ['anonymous', 'admin', 'editor', 'publisher', 'reviewer']
    for (const [name, action] of Object.entries(actions)) {
      for (const actor of actors) {
        const may = allowed[name]!.includes(actor)
        test(`${actor} ${may ? 'may' : 'may not'} ${name}`, async () => {
          const user = actor === 'anonymous' ? undefined : users[actor]
          await check(cms().payload, action, actor, user, may)
        })
      }
    }
    for (const role of ['editor', 'publisher', 'reviewer'] as const) {
      test(`${role} may not make themself admin`, async () => {
        const self = await createUser(cms().payload, role)
        await check(cms().payload, makeThemselfAdmin as Case<unknown>, role, self, false)
      })
    }
    for (const collection of Object.keys(contentDrafts) as CollectionSlug[]) {
      for (const [name, { allowed: who, make }] of Object.entries(everyCollection)) {
        for (const actor of actors) {
          const may = who.includes(actor)
          test(`${collection}: ${actor} ${may ? 'may' : 'may not'} ${name}`, async () => {
            const user = actor === 'anonymous' ? undefined : users[actor]
            await check(cms().payload, make(collection), actor, user, may)
          })
        }
      }
    }
  })
}
