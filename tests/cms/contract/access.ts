import { beforeAll, describe, expect, test } from 'vitest'
import type { CollectionSlug, Payload } from 'payload'
import type { Role } from '../../../content-models/index.ts'
import { createLesson, createUsers, lessonData, pngFile, uniqueSlug } from '../fixtures.ts'
import { contentDrafts } from './contentDrafts.ts'
import type { CmsHarness } from '../harness.ts'

type Actor = Role | 'anonymous'
type Doc = { id: string | number } & Record<string, unknown>
type Action = (payload: Payload, as: { user?: Doc }) => Promise<unknown>

const asActor = (user: Doc | undefined) => ({ user, overrideAccess: false as const })

/** Each action either succeeds with its effect, or is refused (an error, or nothing returned). */
const actions: Record<string, Action> = {
  'read a published lesson': async (payload, { user }) => {
    const lesson = await createLesson(payload, 'published')
    const found = await payload.find({
      collection: 'lessons',
      where: { id: { equals: lesson.id } },
      ...asActor(user),
    })
    if (found.docs.length !== 1) throw new Error('not visible')
  },
  'read a draft lesson': async (payload, { user }) => {
    const lesson = await createLesson(payload, 'draft')
    const found = await payload.find({
      collection: 'lessons',
      where: { id: { equals: lesson.id } },
      draft: true,
      ...asActor(user),
    })
    if (found.docs.length !== 1) throw new Error('not visible')
  },
  'create a draft lesson': (payload, { user }) =>
    payload.create({
      collection: 'lessons',
      data: lessonData({ slug: uniqueSlug('ny') }),
      draft: true,
      ...asActor(user),
    }),
  'save a draft of a lesson': async (payload, { user }) => {
    const lesson = await createLesson(payload, 'published')
    await payload.update({
      collection: 'lessons',
      id: lesson.id,
      data: { title: 'Ny titel' },
      draft: true,
      ...asActor(user),
    })
    const live = await payload.findByID({ collection: 'lessons', id: lesson.id, draft: false })
    expect(live.title).toBe('Sådan bruger du jobloggen')
  },
  'publish a lesson': async (payload, { user }) => {
    const lesson = await createLesson(payload, 'draft')
    await payload.update({
      collection: 'lessons',
      id: lesson.id,
      data: { _status: 'published' },
      ...asActor(user),
    })
    const live = await payload.findByID({ collection: 'lessons', id: lesson.id, draft: false })
    expect(live._status).toBe('published')
  },
  'change a published lesson directly': async (payload, { user }) => {
    const lesson = await createLesson(payload, 'published')
    await payload.update({
      collection: 'lessons',
      id: lesson.id,
      data: { title: 'Ændret live' },
      ...asActor(user),
    })
  },
  'unpublish a lesson': async (payload, { user }) => {
    const lesson = await createLesson(payload, 'published')
    await payload.update({
      collection: 'lessons',
      id: lesson.id,
      data: { _status: 'draft' },
      ...asActor(user),
    })
  },
  'delete a lesson': async (payload, { user }) => {
    const lesson = await createLesson(payload, 'draft')
    await payload.delete({ collection: 'lessons', id: lesson.id, ...asActor(user) })
  },
  'upload an image': (payload, { user }) =>
    payload.create({
      collection: 'media',
      data: { alt: 'En kalender med en dato sat af' },
      file: pngFile('kalender.png'),
      ...asActor(user),
    }),
  'create a user': (payload, { user }) =>
    payload.create({
      collection: 'users',
      data: {
        email: `${uniqueSlug('ny')}@test.local`,
        password: 'correct-horse-battery',
        role: 'editor',
      },
      ...asActor(user),
    }),
  'make themself admin': async (payload, { user }) => {
    if (!user) throw new Error('nobody to promote')
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { role: 'admin' },
      ...asActor(user),
    })
    const after = await payload.findByID({ collection: 'users', id: user.id })
    if (after.role !== 'admin') throw new Error('role unchanged')
    await payload.update({ collection: 'users', id: user.id, data: { role: user.role as Role } })
  },
  'change site settings': (payload, { user }) =>
    payload.updateGlobal({ slug: 'site-settings', data: { lixLimit: 40 }, ...asActor(user) }),
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
  'make themself admin': ['admin'],
  'change site settings': ['admin', 'publisher'],
}

type CollectionAction = (
  payload: Payload,
  collection: CollectionSlug,
  user: Doc | undefined,
) => Promise<unknown>

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

const statusOf = async (payload: Payload, collection: CollectionSlug, id: Doc['id']) =>
  ((await payload.findByID({ collection, id, draft: false })) as unknown as Doc)._status

/** The same rules on every content collection, each checked by its effect. */
const everyCollection: Record<string, { allowed: Actor[]; act: CollectionAction }> = {
  'read a draft': {
    allowed: ['admin', 'editor', 'publisher', 'reviewer'],
    act: async (payload, collection, user) => {
      const draft = await draftIn(payload, collection)
      const found = await payload.find({
        collection,
        where: { id: { equals: draft.id } },
        draft: true,
        ...asActor(user),
      })
      if (found.docs.length !== 1) throw new Error('not visible')
    },
  },
  'create a draft': {
    allowed: ['admin', 'editor', 'publisher'],
    act: async (payload, collection, user) => {
      const { data } = await contentDrafts[collection]!(payload)
      await payload.create({
        collection,
        data: { ...data, _status: 'draft' } as never,
        draft: true,
        ...asActor(user),
      })
    },
  },
  publish: {
    allowed: ['admin', 'publisher'],
    act: async (payload, collection, user) => {
      const draft = await draftIn(payload, collection)
      await payload.update({
        collection,
        id: draft.id,
        data: { _status: 'published' } as never,
        ...asActor(user),
      })
      if ((await statusOf(payload, collection, draft.id)) !== 'published')
        throw new Error('not published')
    },
  },
  unpublish: {
    allowed: ['admin', 'publisher'],
    act: async (payload, collection, user) => {
      const live = await publishedIn(payload, collection)
      await payload.update({
        collection,
        id: live.id,
        data: { _status: 'draft' } as never,
        ...asActor(user),
      })
      if ((await statusOf(payload, collection, live.id)) !== 'draft')
        throw new Error('still published')
    },
  },
  delete: {
    allowed: ['admin', 'publisher'],
    act: async (payload, collection, user) => {
      const live = await publishedIn(payload, collection)
      await payload.delete({ collection, id: live.id, ...asActor(user) })
    },
  },
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
          const attempt = action(cms().payload, { user })
          if (may) await expect(attempt).resolves.not.toThrow()
          else await expect(attempt).rejects.toThrow()
        })
      }
    }
    for (const collection of Object.keys(contentDrafts) as CollectionSlug[]) {
      for (const [name, { allowed: who, act }] of Object.entries(everyCollection)) {
        for (const actor of actors) {
          const may = who.includes(actor)
          test(`${collection}: ${actor} ${may ? 'may' : 'may not'} ${name}`, async () => {
            const user = actor === 'anonymous' ? undefined : users[actor]
            const attempt = act(cms().payload, collection, user)
            if (may) await expect(attempt).resolves.not.toThrow()
            else await expect(attempt).rejects.toThrow()
          })
        }
      }
    }
  })
}
