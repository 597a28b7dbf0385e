import { describe, expect, test } from 'vitest'
import type { CollectionSlug } from 'payload'
import { pngFile, videoData } from '../fixtures.ts'
import { contentDrafts as drafts } from './contentDrafts.ts'
import type { CmsHarness } from '../harness.ts'

type Doc = { id: string | number } & Record<string, unknown>

/** Create, read, update and publish every collection through the Local API. */
export function crudContract(cms: () => CmsHarness): void {
  describe('create, read, update, publish', () => {
    for (const collection of Object.keys(drafts) as CollectionSlug[]) {
      test(`${collection}: a draft is hidden from the public until published`, async () => {
        const { payload } = cms()
        const { data, change } = await drafts[collection]!(payload)
        const created = (await payload.create({
          collection,
          data: { ...data, _status: 'draft' } as never,
          draft: true,
        })) as unknown as Doc
        const read = (await payload.findByID({
          collection,
          id: created.id,
          draft: true,
        })) as unknown as Doc
        expect(read.slug).toBe(data.slug)
        const anonymous = { overrideAccess: false as const }
        expect(
          (await payload.find({ collection, where: { id: { equals: created.id } }, ...anonymous }))
            .docs,
        ).toHaveLength(0)

        await payload.update({ collection, id: created.id, data: change, draft: true })
        const [field, value] = Object.entries(change)[0]!
        expect(
          (
            (await payload.findByID({
              collection,
              id: created.id,
              draft: true,
            })) as unknown as Record<string, unknown>
          )[field],
        ).toEqual(value)

        await payload.update({ collection, id: created.id, data: { _status: 'published' } })
        const visible = await payload.find({
          collection,
          where: { id: { equals: created.id } },
          ...anonymous,
        })
        expect(visible.docs).toHaveLength(1)
        expect((visible.docs[0] as unknown as Record<string, unknown>)[field]).toEqual(value)
      })
    }

    test('uploads: images, video files and caption files are stored and readable', async () => {
      const { payload } = cms()
      const image = await payload.create({
        collection: 'media',
        data: { alt: 'En rådgiver og en borger ved et bord' },
        file: pngFile('samtale.png'),
      })
      await payload.update({
        collection: 'media',
        id: image.id,
        locale: 'en',
        data: { alt: 'An adviser and a citizen at a table' },
      })
      const stored = await payload.findByID({ collection: 'media', id: image.id, locale: 'all' })
      expect(stored.alt).toEqual({
        da: 'En rådgiver og en borger ved et bord',
        en: 'An adviser and a citizen at a table',
      })
      expect(stored.mimeType).toBe('image/png')
      const video = await videoData(payload)
      const captions = await payload.findByID({
        collection: 'caption-files',
        id: video.captions as number,
      })
      expect(captions.filename).toMatch(/\.vtt$/)
      expect(captions.url).toMatch(/^\/api\/caption-files\/file\//)
      const file = await payload.findByID({ collection: 'video-files', id: video.file as number })
      expect(file.mimeType).toBe('video/mp4')
    })

    test('globals: site settings and navigation are written and read', async () => {
      const { payload } = cms()
      await payload.updateGlobal({
        slug: 'site-settings',
        data: { siteName: 'Jobunivers Test', lixLimit: 38, synonyms: 'møde, samtale' },
      })
      await payload.updateGlobal({
        slug: 'navigation',
        data: { items: [{ label: 'Forside', href: '/' }] },
      })
      const settings = await payload.findGlobal({ slug: 'site-settings' })
      expect([settings.lixLimit, settings.synonyms]).toEqual([38, 'møde, samtale'])
      expect((await payload.findGlobal({ slug: 'navigation' })).items?.[0]?.href).toBe('/')
      await payload.updateGlobal({ slug: 'site-settings', data: { lixLimit: 40, synonyms: null } })
    })

    test('slugs are made from the title with æ, ø and å transliterated, and a changed published slug is kept', async () => {
      const { payload } = cms()
      const title = `Første møde på jobcentret ${process.pid}`
      const lesson = (await payload.create({
        collection: 'lessons',
        data: {
          ...(await drafts.lessons!(payload)).data,
          slug: undefined,
          title,
          _status: 'published',
        } as never,
      })) as unknown as Doc
      expect(lesson.slug).toBe(`foerste-moede-paa-jobcentret-${process.pid}`)
      const renamed = await payload.update({
        collection: 'lessons',
        id: lesson.id,
        data: { slug: `nyt-navn-${process.pid}` },
      })
      expect(renamed.previousSlugs).toEqual([lesson.slug])
      const retitled = await payload.update({
        collection: 'lessons',
        id: lesson.id,
        data: { title: 'En helt ny titel' },
      })
      expect(retitled.slug).toBe(`nyt-navn-${process.pid}`)
    })
  })
}
