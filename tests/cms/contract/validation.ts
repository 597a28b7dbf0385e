import { describe, expect, test } from 'vitest'
import type { CollectionSlug, Payload } from 'payload'
import type { RichText } from '../../../content-models/index.ts'
import { messages } from '../../../cms/messages.ts'
import {
  createChecklist,
  createLesson,
  createUsers,
  easyText,
  hardText,
  lessonData,
  pngFile,
  uniqueSlug,
  videoData,
} from '../fixtures.ts'
import type { CmsHarness } from '../harness.ts'
import { publishingRefused, refusal } from './refusal.ts'

const vtt = (text: string, name = 'captions.vtt') => ({
  data: Buffer.from(text),
  mimetype: 'text/vtt',
  name,
  size: text.length,
})

/** A snapshot of a collection to compare before and after a refused write. */
async function snapshot(payload: Payload, collection: CollectionSlug) {
  const docs = await payload.find({
    collection,
    draft: true,
    pagination: false,
    depth: 0,
    sort: 'id',
  })
  return docs.docs.map((doc) => JSON.stringify(doc))
}

/**
 * Saves a complete video with `changes` over it as a draft and tries to publish it; returns its
 * id and the refusal's [field, message] pairs, having checked that the refused write changed nothing.
 */
async function videoPublishRefusal(
  payload: Payload,
  changes: Record<string, unknown>,
): Promise<{ id: string | number; errors: string[][] }> {
  const data = await videoData(payload)
  const video = await payload.create({
    collection: 'videos',
    data: { ...data, ...changes, _status: 'draft' } as never,
    draft: true,
  })
  const before = await snapshot(payload, 'videos')
  const errors = await refusal(
    payload.update({ collection: 'videos', id: video.id, data: { _status: 'published' } }),
  )
  expect(await snapshot(payload, 'videos')).toEqual(before)
  return { id: video.id, errors: errors.map((error) => [error.path, error.message]) }
}

/** Every validation rule refuses bad input with its message, and the database is unchanged. */
export function validationContract(cms: () => CmsHarness): void {
  describe('validation an editor understands', () => {
    test('refuses an image without alt text, and accepts a decorative one', async () => {
      const { payload } = cms()
      const before = await snapshot(payload, 'media')
      const errors = await refusal(
        payload.create({ collection: 'media', data: { alt: '' }, file: pngFile('uden-alt.png') }),
      )
      expect(errors).toContainEqual(
        expect.objectContaining({ path: 'alt', message: messages.altTextMissing.da }),
      )
      expect(await snapshot(payload, 'media')).toEqual(before)
      await payload.create({
        collection: 'media',
        data: { decorative: true },
        file: pngFile('pynt.png'),
      })
    })

    test('an image uploaded while editing in English needs its Danish alt text', async () => {
      const { payload } = cms()
      const before = await snapshot(payload, 'media')
      const errors = await refusal(
        payload.create({
          collection: 'media',
          locale: 'en',
          data: { alt: 'An adviser at a desk' },
          file: pngFile('kun-engelsk.png'),
        }),
      )
      expect(errors).toContainEqual(
        expect.objectContaining({ path: 'alt', message: messages.altTextMissingDanish.da }),
      )
      expect(await snapshot(payload, 'media')).toEqual(before)
    })

    test('refuses to publish a video without Danish captions or transcript', async () => {
      const { payload } = cms()
      const { errors } = await videoPublishRefusal(payload, { captions: null, transcript: null })
      expect(errors).toEqual([
        ['captions', messages.captionsMissing.da],
        ['transcript', messages.transcriptMissing.da],
      ])
    })

    test('refuses to publish a video without its length, or with an address the site cannot play', async () => {
      const { payload } = cms()
      const changes = {
        file: null,
        externalUrl: 'https://video.eksempel.dk/jobloggen.mov',
        durationSeconds: null,
      }
      const { id, errors } = await videoPublishRefusal(payload, changes)
      expect(errors).toEqual([
        ['externalUrl', messages.videoAddressNotPlayable.da],
        ['durationSeconds', messages.videoDurationMissing.da],
      ])
      await payload.update({
        collection: 'videos',
        id,
        data: {
          externalUrl: 'https://video.eksempel.dk/jobloggen.mp4',
          durationSeconds: 16,
          _status: 'published',
        } as never,
      })
    })

    test('refuses a caption file that is not valid WebVTT, naming the line', async () => {
      const { payload } = cms()
      const before = await snapshot(payload, 'caption-files')
      const missingHeader = await refusal(
        payload.create({
          collection: 'caption-files',
          data: {},
          file: vtt('00:00.000 --> 00:02.000\nHej', 'no-header.vtt'),
        }),
      )
      expect(missingHeader[0]?.message).toBe(
        messages.captionsInvalid.da.replace(
          '{problem}',
          'linje 1: Første linje skal være "WEBVTT".',
        ),
      )
      const backwards = await refusal(
        payload.create({
          collection: 'caption-files',
          data: {},
          file: vtt('WEBVTT\n\n00:05.000 --> 00:02.000\nHej', 'backwards.vtt'),
        }),
      )
      expect(backwards[0]?.message).toContain('linje 3')
      expect(await snapshot(payload, 'caption-files')).toEqual(before)
    })

    test('refuses to publish a lesson pointing at an unpublished or deleted document', async () => {
      const { payload } = cms()
      const draftChecklist = await createChecklist(payload, 'draft')
      const video = await payload.create({
        collection: 'videos',
        data: { ...(await videoData(payload)), _status: 'published' } as never,
      })
      await payload.delete({ collection: 'videos', id: video.id })
      const lesson = await createLesson(payload, 'draft', {
        body: [
          { blockType: 'checklist', checklist: draftChecklist.id },
          { blockType: 'richText', content: easyText() },
        ],
      })
      const before = await snapshot(payload, 'lessons')
      const unpublished = await refusal(
        payload.update({ collection: 'lessons', id: lesson.id, data: { _status: 'published' } }),
      )
      expect(unpublished).toContainEqual({
        path: 'body.0.checklist',
        message: messages.referenceUnpublished.da.replace('{title}', 'Før samtalen'),
      })
      expect(await snapshot(payload, 'lessons')).toEqual(before)

      const deleted = await refusal(
        payload.create({
          collection: 'lessons',
          data: {
            ...lessonData({ slug: uniqueSlug('slettet') }),
            body: [{ blockType: 'video', video: video.id }],
            _status: 'published',
          } as never,
        }),
      )
      expect(deleted.map((error) => error.path)).toContain('body.0.video')
      expect(await snapshot(payload, 'lessons')).toEqual(before)
    })

    test('refuses to publish an empty course, or one with an unpublished lesson', async () => {
      const { payload } = cms()
      const before = await snapshot(payload, 'courses')
      const empty = await refusal(
        payload.create({
          collection: 'courses',
          data: { title: 'Tomt', slug: uniqueSlug('tomt'), lessons: [], _status: 'published' },
        }),
      )
      expect(empty).toContainEqual({ path: 'lessons', message: messages.courseEmpty.da })
      const draftLesson = await createLesson(payload, 'draft', { title: 'Kladden' })
      const unpublished = await refusal(
        payload.create({
          collection: 'courses',
          data: {
            title: 'Kursus',
            slug: uniqueSlug('k'),
            lessons: [draftLesson.id],
            _status: 'published',
          } as never,
        }),
      )
      expect(unpublished[0]?.message).toBe(
        messages.referenceUnpublished.da.replace('{title}', 'Kladden'),
      )
      expect(await snapshot(payload, 'courses')).toEqual(before)
    })

    test('refuses a checklist with duplicate item keys, even as a draft', async () => {
      const { payload } = cms()
      const before = await snapshot(payload, 'checklists')
      const items = [
        { key: 'cv', label: 'Skriv dit CV' },
        { key: 'cv', label: 'Læs dit CV igen' },
      ]
      const errors = await refusal(
        payload.create({
          collection: 'checklists',
          data: { title: 'Dobbelt', slug: uniqueSlug('dobbelt'), items },
          draft: true,
        }),
      )
      expect(errors).toContainEqual({
        path: 'items.1.key',
        message: messages.duplicateItemKey.da.replace('{key}', 'cv'),
      })
      expect(await snapshot(payload, 'checklists')).toEqual(before)
    })

    test('refuses a lesson above the LIX limit unless a publisher gives a reason, which is kept', async () => {
      const { payload } = cms()
      const users = await createUsers(payload)
      const lesson = await createLesson(payload, 'draft', {
        body: [{ blockType: 'richText', content: hardText() }],
      })
      const before = await snapshot(payload, 'lessons')
      const errors = await refusal(
        payload.update({ collection: 'lessons', id: lesson.id, data: { _status: 'published' } }),
      )
      expect(errors[0]?.path).toBe('body')
      expect(errors[0]?.message).toMatch(/^Teksten er for svær at læse: LIX \d+, grænsen er 40\./)
      expect(await snapshot(payload, 'lessons')).toEqual(before)

      // The rule: only a publisher's reason counts. An editor's reason saved with a draft is
      // dropped, so a publisher who then publishes without a reason of their own is refused.
      const reason = 'Fagord fra loven, som borgeren skal kende.'
      await payload.update({
        collection: 'lessons',
        id: lesson.id,
        data: { readability: { overrideReason: reason } },
        draft: true,
        user: users.editor,
        overrideAccess: false,
      })
      const withEditorsReason = await refusal(
        payload.update({
          collection: 'lessons',
          id: lesson.id,
          data: { _status: 'published' },
          user: users.publisher,
          overrideAccess: false,
        }),
      )
      expect(withEditorsReason.map((error) => error.path)).toEqual(['body'])
      expect(
        (await payload.findByID({ collection: 'lessons', id: lesson.id, draft: false }))._status,
      ).toBe('draft')
      const published = await payload.update({
        collection: 'lessons',
        id: lesson.id,
        data: { _status: 'published', readability: { overrideReason: reason } },
        user: users.publisher,
        overrideAccess: false,
      })
      expect(published.readability?.overrideReason).toBe(reason)
      const versions = await payload.findVersions({
        collection: 'lessons',
        where: { parent: { equals: lesson.id } },
      })
      expect(
        versions.docs.some((version) => version.version.readability?.overrideReason === reason),
      ).toBe(true)
    })

    test('refuses to publish headings that skip a level, or links that do not say where they go, at their field', async () => {
      const { payload } = cms()
      const callout = (content: unknown) => ({ blockType: 'callout', tone: 'info', content })
      const h4: RichText = easyText('Tekst.')
      h4.root.children.push({
        type: 'heading',
        tag: 'h4',
        children: [{ type: 'text', text: 'Husk', version: 1 }],
      })
      const lesson = await createLesson(payload, 'draft', {
        body: [
          { blockType: 'richText', content: easyText('## Før samtalen\n\nTekst.') },
          callout(h4),
        ],
      })
      const before = await snapshot(payload, 'lessons')
      const errors = await refusal(
        payload.update({ collection: 'lessons', id: lesson.id, data: { _status: 'published' } }),
      )
      expect(errors).toEqual([
        {
          path: 'body.1.content',
          message: messages.headingSkipsLevel.da
            .replace('{heading}', 'Husk')
            .replace('{level}', '4')
            .replace('{previous}', '2')
            .replace('{next}', '3'),
        },
      ])
      expect(await snapshot(payload, 'lessons')).toEqual(before)

      const faq = await payload.create({
        collection: 'faqs',
        draft: true,
        data: {
          _status: 'draft',
          question: 'Hvor booker jeg en samtale?',
          slug: uniqueSlug('faq'),
          category: 'Samtaler',
          answer: easyText('Du booker på jobnet. [Klik her](https://jobnet.dk).'),
        } as never,
      })
      const faqsBefore = await snapshot(payload, 'faqs')
      expect(
        await refusal(
          payload.update({ collection: 'faqs', id: faq.id, data: { _status: 'published' } }),
        ),
      ).toEqual([
        { path: 'answer', message: messages.linkTextVague.da.replace('{text}', 'Klik her') },
      ])
      expect(await snapshot(payload, 'faqs')).toEqual(faqsBefore)
      const fixed = await payload.update({
        collection: 'faqs',
        id: faq.id,
        data: {
          _status: 'published',
          answer: easyText('Du booker på [jobnet.dk under Mine samtaler](https://jobnet.dk).'),
        } as never,
      })
      expect(fixed._status).toBe('published')
    })

    test('refuses an editor who tries to publish, with a message saying who can', async () => {
      const { payload } = cms()
      const users = await createUsers(payload)
      const lesson = await createLesson(payload, 'draft')
      await publishingRefused(
        payload.update({
          collection: 'lessons',
          id: lesson.id,
          data: { _status: 'published' },
          user: users.editor,
          overrideAccess: false,
        }),
      )
      expect((await payload.findByID({ collection: 'lessons', id: lesson.id }))._status).toBe(
        'draft',
      )
    })

    test('refuses a flow the flow engine finds faults in, naming the field', async () => {
      const { payload } = cms()
      const checklist = await createChecklist(payload, 'published')
      const users = await createUsers(payload)
      const before = await snapshot(payload, 'flows')
      const data = {
        title: 'Uden kontakt',
        slug: uniqueSlug('uden-kontakt'),
        questions: [{ key: 'cv', type: 'yesno', prompt: 'Har du et CV?' }],
        steps: [
          {
            key: 'tjek',
            title: 'Tjek',
            kind: 'content',
            content: { relationTo: 'checklists', value: checklist.id },
            showWhen: { answer: 'alder', is: 'yes' },
          },
        ],
      }
      const errors = await refusal(
        payload.create({
          collection: 'flows',
          data: data as never,
          draft: true,
          user: users.editor,
          overrideAccess: false,
        }),
      )
      const paths = errors.map((error) => error.path)
      expect(paths).toContain('steps.0.showWhen')
      expect(errors.some((error) => /kontakt/i.test(error.message))).toBe(true)
      expect(await snapshot(payload, 'flows')).toEqual(before)
    })
  })
}
