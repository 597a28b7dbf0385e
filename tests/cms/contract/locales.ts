import { describe, expect, test } from 'vitest'
import { createLesson } from '../fixtures.ts'
import type { CmsHarness } from '../harness.ts'

/** Danish is the default; English falls back to Danish where it has no text of its own. */
export function localeContract(cms: () => CmsHarness): void {
  describe('locales', () => {
    test('English falls back to Danish, and locale=all shows which is which', async () => {
      const { payload } = cms()
      const lesson = await createLesson(payload, 'published', {
        title: 'Din joblog',
        summary: 'Kort om jobloggen.',
      })
      await payload.update({
        collection: 'lessons',
        id: lesson.id,
        locale: 'en',
        data: { title: 'Your job log' },
      })

      const english = await payload.findByID({ collection: 'lessons', id: lesson.id, locale: 'en' })
      expect(english.title).toBe('Your job log')
      expect(english.summary).toBe('Kort om jobloggen.')

      const strict = await payload.findByID({
        collection: 'lessons',
        id: lesson.id,
        locale: 'en',
        fallbackLocale: false,
      })
      expect(strict.summary ?? null).toBeNull()

      const all = (await payload.findByID({
        collection: 'lessons',
        id: lesson.id,
        locale: 'all',
      })) as unknown as { title: Record<string, string> }
      expect(all.title).toEqual({ da: 'Din joblog', en: 'Your job log' })
    })
  })
}
