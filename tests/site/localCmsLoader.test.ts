// The loader reading municipalities, local flows and local lessons over Payload's REST shape,
// from a stand-in CMS on a real socket: the captured answers of tests/site/fixtures/cms plus
// the municipalities and local flows below, shaped as Payload answers them (`depth=1`).
import http from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadSiteContent } from '../../site/content/load.ts'
import { ContentError } from '../../site/content/validate.ts'
import type { Row } from '../../site/content/payloadRest/fields.ts'
import { cmsDocs, cmsFixture } from './cmsFixtures.ts'

const port = 47310
const cmsUrl = `http://127.0.0.1:${port}`
const contentDir = new URL('../../content', import.meta.url).pathname

const municipality = (id: number, code: string, name: string, phone: string | null): Row => ({
  id,
  name,
  code,
  contact: { phone, email: null, openingHours: { da: 'Hverdage 9–15.', en: null } },
  bookingUrl: null,
  accessibilityContact: { da: 'Ring til os.', en: 'Call us.' },
  updatedAt: '2026-12-01T00:00:00.000Z',
  createdAt: '2026-12-01T00:00:00.000Z',
})

// The captured national lessons: the local ones of the sample are replaced by the test's own.
const nationalLessons = cmsDocs('lessons').filter((doc) => doc.municipality == null)
const national = nationalLessons[0]!
/** A local lesson as Payload answers it: a national lesson's fields with its own slug and municipality. */
const localLesson = (id: number, slug: string, municipalityValue: unknown): Row => ({
  ...national,
  id,
  slug,
  previousSlugs: [],
  municipality: municipalityValue,
})

const addedStep = {
  id: '6b15a42d1183850515995f99',
  key: 'infomoede-thisted',
  after: 'meld-dig-ledig',
  kind: 'content',
  title: { da: 'Kom til infomøde', en: null },
  summary: { da: null, en: null },
  content: { relationTo: 'lessons', value: { id: 901, slug: 'infomoede-i-thisted' } },
  showWhen: null,
  required: true,
  minutes: 60,
  reminder: { every: 'none', weekday: null, text: { da: null, en: null } },
}

type Answers = { lessons: Row[]; courses: Row[]; municipalities: Row[]; localFlows: Row[] | null }
let answers: Answers
const defaults = (): Answers => ({
  courses: [],
  lessons: [
    localLesson(901, 'infomoede-i-thisted', { id: 3, code: '787' }),
    localLesson(902, 'infomoede-i-koebenhavn', 1),
  ],
  municipalities: [
    municipality(1, '101', 'Københavns Kommune', '70 00 00 01'),
    municipality(3, '787', 'Thisted Kommune', '70 00 00 03'),
  ],
  localFlows: [
    {
      id: 7,
      flow: 3,
      municipality: { id: 3, code: '787' },
      addedSteps: [addedStep],
      hiddenSteps: ['foerste-uge'],
      _status: 'published',
    },
  ],
})

const page = (docs: Row[]) => ({ docs, totalDocs: docs.length, totalPages: 1, page: 1 })

function answer(url: URL): unknown {
  const collection = url.pathname.replace(/^\/api\//, '')
  if (collection === 'globals/site-settings') return cmsFixture('site-settings')
  if (collection === 'globals/navigation') return cmsFixture('navigation')
  if (collection === 'municipalities') return page(answers.municipalities)
  if (collection === 'local-flows') return answers.localFlows && page(answers.localFlows)
  // Videos would be downloaded from the CMS; none here (the lessons name them by slug only).
  if (collection === 'videos') return page([])
  if (collection === 'lessons') return page([...nationalLessons, ...answers.lessons])
  if (collection === 'courses') return page([...cmsDocs('courses'), ...answers.courses])
  return cmsFixture(collection)
}

const requests: string[] = []
const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', cmsUrl)
  requests.push(request.url ?? '')
  const body = answer(url)
  if (body === null)
    response
      .writeHead(404, { 'content-type': 'application/json' })
      .end('{"errors":[{"message":"Not Found"}]}')
  else
    response
      .writeHead(200, { 'content-type': 'application/json', connection: 'close' })
      .end(JSON.stringify(body))
})
beforeAll(() => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)))
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const temps: string[] = []
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
  requests.splice(0)
})
const load = (change: (answers: Answers) => void = () => undefined) => {
  answers = defaults()
  change(answers)
  const stageDir = mkdtempSync(join(tmpdir(), 'jobunivers-local-cms-'))
  temps.push(stageDir)
  return loadSiteContent({ cmsUrl, contentDir, stageDir })
}
const problemsOf = async (change: (answers: Answers) => void) => {
  const error = await load(change).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ContentError)
  return (error as ContentError).problems
}

describe('local content from the CMS (Payload REST)', () => {
  it('maps municipalities, a local flow (its flow by id) and local lessons (municipality populated or by id) to codes and slugs', async () => {
    const content = await load()
    expect(content.municipalities).toEqual([
      {
        name: 'Københavns Kommune',
        code: '101',
        contact: {
          phone: '70 00 00 01',
          email: null,
          openingHours: { da: 'Hverdage 9–15.', en: null },
        },
        bookingUrl: null,
        accessibilityContact: { da: 'Ring til os.', en: 'Call us.' },
      },
      expect.objectContaining({ code: '787', name: 'Thisted Kommune' }),
    ])
    expect(content.localFlows).toEqual([
      {
        flow: 'ny-paa-dagpenge',
        municipality: '787',
        hiddenSteps: ['foerste-uge'],
        addedSteps: [
          expect.objectContaining({
            key: 'infomoede-thisted',
            after: 'meld-dig-ledig',
            content: { collection: 'lessons', slug: 'infomoede-i-thisted' },
            summary: null,
            reminder: null,
          }),
        ],
      },
    ])
    const scoped = content.lessons
      .filter((lesson) => lesson.municipality)
      .map((lesson) => [lesson.slug, lesson.municipality])
    expect(scoped).toEqual([
      ['infomoede-i-thisted', '787'],
      ['infomoede-i-koebenhavn', '101'],
    ])
    const lists = (path: string) =>
      requests
        .filter((url) => url.startsWith(`/api/${path}?`))
        .map((url) => new URL(url, cmsUrl).searchParams)
    // Municipalities have no drafts: no _status filter; local flows are read published only.
    expect(lists('municipalities').map((query) => query.get('where[_status][equals]'))).toEqual([
      null,
    ])
    expect(lists('local-flows').map((query) => query.get('where[_status][equals]'))).toEqual([
      'published',
    ])
    expect(lists('lessons')[0]?.get('populate[municipalities][code]')).toBe('true')
  })

  it('reads a CMS without local flows (404) as none', async () => {
    const content = await load((a) => {
      a.localFlows = null
    })
    expect(content.localFlows).toEqual([])
  })

  it('fails naming the document: a municipality without a phone, a local flow of an unpublished flow, a lesson of an unreadable municipality', async () => {
    const problems = await problemsOf((a) => {
      a.municipalities[1] = municipality(3, '787', 'Thisted Kommune', null)
      a.localFlows![0] = { ...a.localFlows![0], flow: 99 }
      a.lessons[1] = localLesson(902, 'infomoede-i-koebenhavn', 42)
    })
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ collection: 'municipalities', id: '3', field: 'contact.phone' }),
        expect.objectContaining({
          collection: 'local-flows',
          id: '7',
          field: 'flow',
          message: expect.stringContaining('unpublished or deleted') as string,
        }),
        expect.objectContaining({
          collection: 'lessons',
          id: '902',
          slug: 'infomoede-i-koebenhavn',
          field: 'municipality',
          message:
            'the municipality with CMS id 42 is not among the municipalities the CMS publishes',
        }),
      ]),
    )
    expect(problems).toHaveLength(3)
  })

  it('fails when a local lesson names a municipality the CMS does not publish by code, and on a national course using it', async () => {
    const course = {
      ...cmsDocs('courses')[0]!,
      id: 950,
      slug: 'blandet',
      lessons: [{ id: 901, slug: 'infomoede-i-thisted' }],
    }
    const problems = await problemsOf((a) => {
      a.municipalities = a.municipalities.filter((m) => m.code !== '787')
      a.localFlows = []
      a.courses = [course]
    })
    expect(problems).toEqual([
      expect.objectContaining({
        collection: 'lessons',
        id: '901',
        field: 'municipality',
        message: expect.stringContaining('code 787') as string,
      }),
      expect.objectContaining({
        collection: 'courses',
        id: '950',
        slug: 'blandet',
        field: 'lessons.0',
        message:
          'lessons/infomoede-i-thisted belongs to municipality 787, so national content cannot use it',
      }),
    ])
  })
})
