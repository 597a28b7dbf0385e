import { describe, expect, test } from 'vitest'
import { createLesson, videoData } from '../fixtures.ts'
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

    test('publishing English on a video keeps its Danish texts and captions in Danish', async () => {
      const { payload } = cms()
      const video = await payload.create({
        collection: 'videos',
        data: {
          ...(await videoData(payload)),
          title: 'Dansk titel',
          _status: 'published',
        } as never,
      })
      await payload.update({
        collection: 'videos',
        id: video.id,
        locale: 'en',
        data: { title: 'English title', _status: 'published' } as never,
      })
      const all = (await payload.findByID({
        collection: 'videos',
        id: video.id,
        locale: 'all',
        depth: 0,
      })) as unknown as { title: Record<string, string>; captions: Record<string, unknown> }
      expect(all.title).toEqual({ da: 'Dansk titel', en: 'English title' })
      expect(all.captions.da).toBe(
        video.captions && typeof video.captions === 'object' ? video.captions.id : video.captions,
      )
    })
  })
}
