import { describe, expect, test } from 'vitest'
import { createLesson, createUsers } from '../fixtures.ts'
import type { CmsHarness } from '../harness.ts'

/** Scheduled publishing runs as the person who scheduled it, so the publish guard still holds. */
export function schedulingContract(cms: () => CmsHarness): void {
  describe('scheduled publishing', () => {
    test('a publish scheduled by a publisher happens when due; one scheduled by an editor does not', async () => {
      const { payload } = cms()
      const users = await createUsers(payload)
      const byPublisher = await createLesson(payload, 'draft')
      const byEditor = await createLesson(payload, 'draft')
      const due = new Date(Date.now() - 1000)
      for (const [lesson, user] of [
        [byPublisher, users.publisher],
        [byEditor, users.editor],
      ] as const) {
        await payload.jobs.queue({
          task: 'schedulePublish',
          input: {
            type: 'publish',
            doc: { relationTo: 'lessons', value: String(lesson.id) },
            user: { relationTo: 'users', value: user.id },
          },
          waitUntil: due,
        } as never)
      }
      await payload.jobs.run()
      expect((await payload.findByID({ collection: 'lessons', id: byPublisher.id }))._status).toBe(
        'published',
      )
      expect((await payload.findByID({ collection: 'lessons', id: byEditor.id }))._status).toBe(
        'draft',
      )
    })
  })
}
