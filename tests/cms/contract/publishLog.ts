import { describe, expect, test } from 'vitest'
import { createLesson, createUsers } from '../fixtures.ts'
import type { CmsHarness } from '../harness.ts'
import { forbidden } from './refusal.ts'

/** The audit trail: who published or unpublished what and when; only admins read it. */
export function publishLogContract(cms: () => CmsHarness): void {
  describe('publish log', () => {
    test('records publishing and unpublishing with the user, not draft saves; only admins read it', async () => {
      const { payload } = cms()
      const users = await createUsers(payload)
      const lesson = await createLesson(payload, 'draft')
      const as = (role: 'publisher' | 'editor') => ({
        user: users[role],
        overrideAccess: false as const,
      })
      await payload.update({
        collection: 'lessons',
        id: lesson.id,
        data: { title: 'Kladde' },
        draft: true,
        ...as('editor'),
      })
      await payload.update({
        collection: 'lessons',
        id: lesson.id,
        data: { _status: 'published' } as never,
        ...as('publisher'),
      })
      await payload.update({
        collection: 'lessons',
        id: lesson.id,
        data: { _status: 'draft' } as never,
        ...as('publisher'),
      })

      const log = await payload.find({
        collection: 'publish-log',
        where: { documentId: { equals: String(lesson.id) } },
        sort: 'at',
        depth: 0,
      })
      expect(log.docs.map((entry) => [entry.action, entry.documentCollection, entry.user])).toEqual(
        [
          ['publish', 'lessons', users.publisher.id],
          ['unpublish', 'lessons', users.publisher.id],
        ],
      )
      await forbidden(payload.find({ collection: 'publish-log', ...as('editor') }))
      const asAdmin = await payload.find({
        collection: 'publish-log',
        where: { documentId: { equals: String(lesson.id) } },
        user: users.admin,
        overrideAccess: false,
      })
      expect(asAdmin.docs.map((entry) => entry.action).sort()).toEqual(['publish', 'unpublish'])
    })
  })
}
