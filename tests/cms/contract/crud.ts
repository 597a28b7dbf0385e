import { describe, expect, test } from 'vitest'
import type { CollectionSlug, Payload } from 'payload'
import { createChecklist, createLesson, easyText, uniqueSlug, videoData } from '../fixtures.ts'
import type { CmsHarness } from '../harness.ts'

type Doc = { id: string | number } & Record<string, unknown>

/** Data for a draft of each content collection, and a change to make to it. */
const drafts: Record<
  string,
  (payload: Payload) => Promise<{ data: Record<string, unknown>; change: Record<string, unknown> }>
> = {
  lessons: async () => ({
    data: {
      title: 'Din a-kasse',
      slug: uniqueSlug('a-kasse'),
      minutes: 4,
      body: [{ blockType: 'richText', content: easyText() }],
    },
    change: { title: 'Din a-kasse og dig' },
  }),
  courses: async (payload) => ({
    data: {
      title: 'Kom godt i gang',
      slug: uniqueSlug('kursus'),
      lessons: [(await createLesson(payload, 'published')).id],
    },
    change: { summary: 'Tre korte lektioner.' },
  }),
  videos: async (payload) => ({
    data: await videoData(payload),
    change: { summary: 'Nu med ny tekst.' },
  }),
  checklists: async () => ({
    data: {
      title: 'Første uge',
      slug: uniqueSlug('uge'),
      items: [{ key: 'meld', label: 'Meld dig ledig' }],
    },
    change: { intro: 'Gør det i denne uge.' },
  }),
  faqs: async () => ({
    data: {
      question: 'Hvad er en joblog?',
      slug: uniqueSlug('faq'),
      category: 'Jobnet',
      answer: easyText('Det er en liste over de job, du søger.'),
    },
    change: { category: 'Jobnet og CV' },
  }),
  flows: async (payload) => {
    const checklist = await createChecklist(payload, 'published')
    return {
      data: {
        title: 'Ny på dagpenge',
        slug: uniqueSlug('forloeb'),
        questions: [{ key: 'cv', type: 'yesno', prompt: 'Har du et CV?' }],
        steps: [
          {
            key: 'tjek',
            title: 'Tjek det her',
            kind: 'content',
            content: { relationTo: 'checklists', value: checklist.id },
            showWhen: { answer: 'cv', is: 'no' },
            minutes: 5,
          },
          { key: 'kontakt', title: 'Book en samtale', kind: 'contact', minutes: 5 },
        ],
      },
      change: { summary: 'Tre spørgsmål og en plan.' },
    }
  },
}

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

        await payload.update({ collection, id: created.id, data: change as never, draft: true })
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
        data: { siteName: 'Jobunivers Test', lixLimit: 38 },
      })
      await payload.updateGlobal({
        slug: 'navigation',
        data: { items: [{ label: 'Forside', href: '/' }] },
      })
      expect((await payload.findGlobal({ slug: 'site-settings' })).lixLimit).toBe(38)
      expect((await payload.findGlobal({ slug: 'navigation' })).items?.[0]?.href).toBe('/')
      await payload.updateGlobal({ slug: 'site-settings', data: { lixLimit: 40 } })
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
