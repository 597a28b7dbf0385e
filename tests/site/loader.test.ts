import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { readSampleContent } from '../../sample-content/index.ts'
import { loadSiteContent } from '../../site/content/load.ts'
import { collectionPageUrl, globalUrl, pageSize } from '../../site/content/payloadRest/fetchCms.ts'
import { ContentError } from '../../site/content/validate.ts'
import { createLesson, createLessonsWithDrafts, lessonData, uniqueSlug } from '../cms/fixtures.ts'
import { startServedCms, writePastValidation, type ServedCms } from './realCms.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'

const contentDir = new URL('../../content', import.meta.url).pathname
const temps: string[] = []
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'jobunivers-site-'))
  temps.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const capturedCollections = ['flows', 'lessons', 'courses', 'videos', 'checklists', 'faqs']

/**
 * A REST answer without what differs from one import to the next: timestamps and the random
 * ids Payload gives array and block rows.
 */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      // Times of the run: when a document was saved and when its experiment period began.
      .filter(([key]) => !['createdAt', 'updatedAt', 'periodStart'].includes(key))
      .map(([key, inner]) => [
        key,
        key === 'id' && typeof inner === 'string' && /^[0-9a-f]{24}$/.test(inner)
          ? '(row id)'
          : comparable(inner),
      ]),
  )
}

/** Each document's slug with its title (or question) in every language, sorted by slug. */
const titled = (docs: readonly object[]) =>
  docs
    .map((doc) => {
      const { slug, title, question } = doc as { slug: string; title?: unknown; question?: unknown }
      return [slug, JSON.stringify(title ?? question)]
    })
    .sort(([a], [b]) => String(a).localeCompare(String(b)))

const sortedSlugs = (docs: { slug: string }[]) => docs.map((doc) => doc.slug).sort()

/**
 * The loader against the real CMS: the test harness's Payload with the sample content
 * imported, served through Payload's REST handlers on a local port, read with a real `fetch`.
 */
describe('loading content from the CMS', () => {
  let cms: ServedCms
  beforeAll(async () => {
    cms = await startServedCms()
  })
  afterAll(async () => {
    await mayBeUnset(cms)?.close()
  })
  const load = (fetchFn: typeof fetch = fetch) =>
    loadSiteContent({ cmsUrl: cms.url, contentDir, stageDir: temp(), fetch: fetchFn })

  it('the captured answers in tests/site/fixtures/cms are what this CMS answers (UPDATE_CMS_FIXTURES=1 rewrites them)', async () => {
    const answers: Record<string, string> = {
      ...Object.fromEntries(
        capturedCollections.map((name) => [name, collectionPageUrl(cms.url, name, 1)]),
      ),
      'site-settings': globalUrl(cms.url, 'site-settings'),
      navigation: globalUrl(cms.url, 'navigation'),
    }
    for (const [name, url] of Object.entries(answers)) {
      const answer: unknown = await (await fetch(url)).json()
      const file = new URL(`./fixtures/cms/${name}.json`, import.meta.url)
      if (process.env.UPDATE_CMS_FIXTURES === '1')
        writeFileSync(file, `${JSON.stringify(answer, null, 2)}\n`)
      expect(
        comparable(answer),
        `${name}: run with UPDATE_CMS_FIXTURES=1 to capture it again`,
      ).toEqual(comparable(JSON.parse(readFileSync(file, 'utf8'))))
    }
  })

  it('loads every published document the import wrote, parses it and copies media into the site', async () => {
    const stageDir = temp()
    const content = await loadSiteContent({ cmsUrl: `${cms.url}/`, contentDir, stageDir })
    const sample = readSampleContent(contentDir)
    for (const name of ['flows', 'lessons', 'courses', 'videos', 'checklists', 'faqs'] as const) {
      expect(sortedSlugs(content[name]), name).toEqual(sortedSlugs(sample[name]))
      // Both languages arrive: the Danish and English titles are the sample files' own.
      expect(titled(content[name]), name).toEqual(titled(sample[name]))
    }
    expect(content.siteSettings.siteName).toEqual(sample.siteSettings.siteName)
    expect(content.navigation).toEqual(sample.navigation)
    const video = content.videos[0]!
    expect(video.src).toBe(`/media/videos/${video.slug}.mp4`)
    // The staged video is the very file the import uploaded, downloaded from the CMS.
    expect(readFileSync(join(stageDir, 'videos', `${video.slug}.mp4`))).toEqual(
      readFileSync(join(contentDir, 'videos', `${video.slug}.mp4`)),
    )
    expect(readFileSync(join(stageDir, 'videos', `${video.slug}.da.vtt`), 'utf8')).toMatch(
      /^WEBVTT/,
    )
    expect(cms.requests.some(({ url }) => url.startsWith('/api/video-files/file/'))).toBe(true)
  })

  it('reads anonymously and only published documents: a draft and a newer draft title never reach the site', async () => {
    const { payload } = cms
    const { draft, live } = await createLessonsWithDrafts(payload)
    const inits: (RequestInit | undefined)[] = []
    const from = cms.requests.length
    try {
      const content = await load((url, init) => {
        inits.push(init)
        return fetch(url, init)
      })
      const lesson = (slug: unknown) => content.lessons.find((found) => found.slug === slug)
      expect(lesson(draft.slug)).toBeUndefined()
      expect(lesson(live.slug)?.title.da).toBe('Udgivet titel')
    } finally {
      await payload.delete({ collection: 'lessons', where: { id: { in: [draft.id, live.id] } } })
    }
    for (const init of inits) expect(init?.credentials).toBe('omit')
    const received = cms.requests.slice(from)
    for (const { url, headers } of received) {
      expect(headers.authorization).toBeUndefined()
      expect(headers.cookie).toBeUndefined()
      expect(url).not.toMatch(/draft=true/)
    }
    const lists = received.filter(({ url }) =>
      /^\/api\/(flows|lessons|courses|videos|checklists|faqs)\?/.test(url),
    )
    expect(lists).toHaveLength(6)
    for (const { url } of lists)
      expect(new URL(url, cms.url).searchParams.get('where[_status][equals]')).toBe('published')
  })

  it(`reads every page, ${pageSize} documents per request`, async () => {
    const { payload } = cms
    const before = await payload.count({
      collection: 'lessons',
      where: { _status: { equals: 'published' } },
    })
    const total = pageSize + 1
    const extra = total - before.totalDocs
    const created: (string | number)[] = []
    try {
      for (let n = 0; n < extra; n++) {
        const doc = await payload.create({
          collection: 'lessons',
          data: {
            ...lessonData({ slug: uniqueSlug('side'), title: `Lektion ${n}` }),
            _status: 'published',
          } as never,
        })
        created.push(doc.id)
      }
      const from = cms.requests.length
      const content = await load()
      expect(content.lessons).toHaveLength(total)
      const pages = cms.requests.slice(from).filter(({ url }) => url.startsWith('/api/lessons?'))
      expect(pages.map(({ url }) => new URL(url, cms.url).searchParams.get('page')).sort()).toEqual(
        ['1', '2'],
      )
    } finally {
      await payload.delete({ collection: 'lessons', where: { id: { in: created } } })
    }
  })

  it('fails on a published document that breaks the schema, naming collection, id, slug and field', async () => {
    const { payload } = cms
    const lesson = await createLesson(payload, 'published')
    await writePastValidation(payload, 'UPDATE lessons SET minutes = 0 WHERE id = ?', [lesson.id])
    try {
      const error = await load().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ContentError)
      expect((error as ContentError).problems).toEqual([
        expect.objectContaining({
          collection: 'lessons',
          id: String(lesson.id),
          slug: lesson.slug,
          field: 'minutes',
        }),
      ])
      expect((error as Error).message).toContain(
        `lessons id ${lesson.id} (slug "${lesson.slug}"), field minutes:`,
      )
    } finally {
      await payload.delete({ collection: 'lessons', id: lesson.id })
    }
  })

  it('names a reference to a document the public cannot read as unpublished', async () => {
    const { payload } = cms
    const lesson = await createLesson(payload, 'published')
    const course = await payload.create({
      collection: 'courses',
      data: {
        title: 'Et kursus med en lektion, der bliver trukket tilbage',
        slug: uniqueSlug('kursus'),
        lessons: [lesson.id],
        _status: 'published',
      } as never,
    })
    await payload.update({ collection: 'lessons', id: lesson.id, data: { _status: 'draft' } })
    try {
      const error = (await load().catch((e: unknown) => e)) as Error
      expect(error).toBeInstanceOf(ContentError)
      expect(error.message).toMatch(
        new RegExp(
          `courses id ${course.id} \\(slug "${course.slug}"\\), field lessons\\.0: .*unpublished`,
        ),
      )
    } finally {
      await payload.delete({ collection: 'courses', id: course.id })
      await payload.delete({ collection: 'lessons', id: lesson.id })
    }
  })

  it('says how to go on when the CMS cannot be reached', async () => {
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    await expect(
      loadSiteContent({ cmsUrl: `http://127.0.0.1:${port}`, contentDir, stageDir: temp() }),
    ).rejects.toThrow(/Could not reach the CMS.*unset CMS_URL/)
  })
})

describe('loading the bundled sample content', () => {
  it('reads the sample content and stages its videos and captions', async () => {
    const stageDir = temp()
    const content = await loadSiteContent({ contentDir, stageDir })
    expect(content.flows.length).toBeGreaterThanOrEqual(3)
    for (const video of content.videos) {
      expect(readFileSync(join(stageDir, 'videos', `${video.slug}.da.vtt`), 'utf8')).toMatch(
        /^WEBVTT/,
      )
    }
  })

  it('fails the build on a bad sample document, naming the collection, slug and field', async () => {
    const dir = temp()
    cpSync(contentDir, join(dir, 'content'), { recursive: true })
    const file = join(dir, 'content', 'lessons', 'din-a-kasse.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('minutes: 4', 'minutes: many'))
    await expect(
      loadSiteContent({ contentDir: join(dir, 'content'), stageDir: temp() }),
    ).rejects.toThrow(/lessons\/din-a-kasse\.md:\d+ minutes: /)
  })
})
