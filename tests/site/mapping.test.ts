import { describe, expect, it } from 'vitest'
import {
  checklist,
  course,
  faq,
  flow,
  lesson,
  navigation,
  siteSettings,
  video,
} from '../../content-models/index.ts'
import { mapChecklist, mapCourse, mapLesson } from '../../site/content/payloadRest/mapLesson.ts'
import { mapFaq } from '../../site/content/payloadRest/mapFaq.ts'
import { mapFlow } from '../../site/content/payloadRest/mapFlow.ts'
import { mapNavigation, mapSiteSettings } from '../../site/content/payloadRest/mapGlobals.ts'
import { mapVideo } from '../../site/content/payloadRest/mapVideo.ts'
import { cmsDocs, cmsFixture } from './cmsFixtures.ts'

const cases = [
  ['flows', mapFlow, flow],
  ['lessons', mapLesson, lesson],
  ['courses', mapCourse, course],
  ['videos', mapVideo, video],
  ['checklists', mapChecklist, checklist],
  ['faqs', mapFaq, faq],
] as const

describe('mapping Payload REST documents into content-models shapes', () => {
  for (const [collection, map, schema] of cases) {
    it(`maps every captured ${collection} document into one its schema accepts`, () => {
      const docs = cmsDocs(collection)
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs) {
        const result = schema.safeParse(map(doc))
        expect(result.error?.issues ?? [], `${collection} ${String(doc.slug)}`).toEqual([])
      }
    })
  }

  it('maps both globals into shapes their schemas accept', () => {
    expect(siteSettings.safeParse(mapSiteSettings(cmsFixture('site-settings'))).success).toBe(true)
    expect(navigation.safeParse(mapNavigation(cmsFixture('navigation'))).data?.items[0]).toEqual({
      label: { da: 'Forside', en: 'Home' },
      href: '/',
    })
  })

  it('turns a flow step relationship ({ relationTo, value }) into a reference by slug', () => {
    const mapped = flow.parse(
      mapFlow(cmsDocs('flows').find((doc) => doc.slug === 'kort-tid-ledig')!),
    )
    expect(mapped.steps[0]?.content).toEqual({
      collection: 'lessons',
      slug: 'strategier-for-jobsoegning',
    })
    expect(mapped.steps.at(-1)).toMatchObject({ kind: 'contact', content: null })
    expect(mapped.fallback?.flow).toBe('ny-paa-dagpenge')
  })

  it('maps a step\'s reminder, and "Gentages ikke" to no reminder', () => {
    const doc = cmsDocs('flows').find((one) => one.slug === 'kort-tid-ledig')!
    const steps = doc.steps as Record<string, unknown>[]
    const withReminders = {
      ...doc,
      steps: steps.map((step, index) => ({
        ...step,
        reminder: [
          { every: 'week', weekday: null, text: { da: 'Skriv i din joblog.', en: null } },
          { every: 'weekday', weekday: 'MO', text: { da: 'Se dit CV.', en: 'Check your CV.' } },
        ][index] ?? { every: 'none', weekday: null, text: { da: null, en: null } },
      })),
    }
    const mapped = flow.parse(mapFlow(withReminders))
    expect(mapped.steps.map((step) => step.reminder ?? null).slice(0, 3)).toEqual([
      { every: 'week', text: { da: 'Skriv i din joblog.', en: null } },
      { every: 'weekday', weekday: 'MO', text: { da: 'Se dit CV.', en: 'Check your CV.' } },
      null,
    ])
  })

  it('keeps lesson blocks in order, with video, checklist and FAQ references as slugs', () => {
    const mapped = lesson.parse(
      mapLesson(cmsDocs('lessons').find((doc) => doc.slug === 'din-a-kasse')!),
    )
    expect(mapped.body.da[0]?.blockType).toBe('richText')
    expect(mapped.body.da).toContainEqual({ blockType: 'faq', faq: 'hvad-er-et-dagpengekort' })
    expect(mapped.body.en?.length).toBe(mapped.body.da.length)
  })

  it('turns an empty English value into null, so the site falls back to Danish', () => {
    const mapped = mapChecklist({
      slug: 'x',
      title: { da: 'Titel', en: '' },
      intro: { da: null, en: null },
      items: [
        {
          key: 'a',
          label: { da: 'A', en: null },
          help: { da: null, en: null },
          link: { url: null, label: { da: null, en: null } },
        },
      ],
    })
    expect(mapped).toMatchObject({ title: { da: 'Titel', en: null }, intro: { da: '', en: null } })
    expect(checklist.parse(mapped).items[0]).toMatchObject({
      help: null,
      link: null,
      required: true,
    })
  })

  it('leaves the slug of a relationship Payload did not populate undefined, so the schema names the field', () => {
    const mapped = mapCourse({
      slug: 'kursus',
      title: { da: 'Kursus' },
      summary: { da: '' },
      lessons: [7],
    })
    const issues = course.safeParse(mapped).error?.issues ?? []
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['lessons.0'])
  })

  it('takes the video file, captions and mime type from the upload documents', () => {
    const mapped = video.parse(mapVideo(cmsDocs('videos')[0]!))
    expect(mapped.src).toMatch(/^\/api\/video-files\/file\/.+\.mp4$/)
    expect(mapped.mimeType).toBe('video/mp4')
    expect(mapped.captions.da.src).toMatch(/^\/api\/caption-files\/file\/.+\.vtt$/)
  })

  it('keeps the day of the accessibility statement date Payload stores as a timestamp', () => {
    const settings = mapSiteSettings({
      ...cmsFixture('site-settings'),
      accessibility: {
        compliance: 'full',
        feedbackEmail: 'a@b.dk',
        preparedOn: '2026-11-25T00:00:00.000Z',
      },
    })
    expect(siteSettings.parse(settings).accessibility.preparedOn).toBe('2026-11-25')
  })
})
