import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadSiteContent } from '../../site/content/load.ts'
import { ContentError } from '../../site/content/validate.ts'
import type { Row } from '../../site/content/payloadRest/fields.ts'
import { capturedCollections, cmsDocs, fakeCms } from './cmsFixtures.ts'

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

/** A published lesson as Payload answers it, numbered. */
function generatedLesson(n: number): Row {
  const paragraph = { type: 'paragraph', children: [{ type: 'text', text: `Lektion ${n}.` }] }
  return {
    id: n,
    slug: `lektion-${n}`,
    _status: 'published',
    title: { da: `Lektion ${n}`, en: null },
    summary: { da: 'Kort.', en: null },
    minutes: 3,
    audiences: [],
    body: {
      da: [
        {
          id: `b${n}`,
          blockType: 'richText',
          content: { root: { type: 'root', children: [paragraph] } },
        },
      ],
      en: null,
    },
  }
}

describe('loading content from the CMS', () => {
  it('loads every captured collection, parses it and copies media into the site', async () => {
    const cms = fakeCms(capturedCollections())
    const stageDir = temp()
    const content = await loadSiteContent({
      cmsUrl: 'http://cms.test',
      contentDir,
      stageDir,
      fetch: cms.fetch,
    })
    expect(content.lessons).toHaveLength(cmsDocs('lessons').length)
    expect(content.flows.map((flow) => flow.slug).sort()).toEqual([
      'klart-jobmaal',
      'kort-tid-ledig',
      'ny-paa-dagpenge',
    ])
    const video = content.videos[0]!
    expect(video.src).toBe(`/media/videos/${video.slug}.mp4`)
    expect(existsSync(join(stageDir, 'videos', `${video.slug}.da.vtt`))).toBe(true)
    expect(
      cms.requests.some((request) =>
        request.url.startsWith('http://cms.test/api/video-files/file/'),
      ),
    ).toBe(true)
  })

  it('reads anonymously: no credentials, no token, and asks for published documents only', async () => {
    const cms = fakeCms(capturedCollections())
    await loadSiteContent({
      cmsUrl: 'http://cms.test/',
      contentDir,
      stageDir: temp(),
      fetch: cms.fetch,
    })
    for (const { url, init } of cms.requests) {
      expect(init?.credentials).toBe('omit')
      expect(JSON.stringify(init?.headers ?? {})).not.toMatch(/authorization|cookie/i)
      expect(url).not.toMatch(/draft=true/)
    }
    const lists = cms.requests.filter(({ url }) =>
      /\/api\/(flows|lessons|courses|videos|checklists|faqs)\?/.test(url),
    )
    expect(lists.length).toBe(6)
    for (const { url } of lists)
      expect(new URL(url).searchParams.get('where[_status][equals]')).toBe('published')
  })

  it('never lets a draft reach the site, even if the CMS answered one', async () => {
    const collections = capturedCollections()
    collections.lessons = [...collections.lessons!, { ...generatedLesson(9001), _status: 'draft' }]
    const content = await loadSiteContent({
      cmsUrl: 'http://cms.test',
      contentDir,
      stageDir: temp(),
      fetch: fakeCms(collections).fetch,
    })
    expect(content.lessons.map((lesson) => lesson.slug)).not.toContain('lektion-9001')
  })

  it('loads 1,000 generated lessons, 100 per request', async () => {
    const collections: Record<string, Row[]> = {
      ...capturedCollections(),
      lessons: Array.from({ length: 1000 }, (_, n) => generatedLesson(n + 1)),
      courses: [],
      flows: [],
      faqs: [],
    }
    const cms = fakeCms(collections)
    const content = await loadSiteContent({
      cmsUrl: 'http://cms.test',
      contentDir,
      stageDir: temp(),
      fetch: cms.fetch,
    })
    expect(content.lessons).toHaveLength(1000)
    expect(cms.requests.filter(({ url }) => url.includes('/api/lessons?')).length).toBe(10)
  })

  it('loads 5,000 documents across collections', async () => {
    const faqs = Array.from({ length: 4000 }, (_, n) => ({
      ...cmsDocs('faqs')[0]!,
      id: n + 1,
      slug: `faq-${n + 1}`,
      related: [],
    }))
    const collections = {
      ...capturedCollections(),
      lessons: Array.from({ length: 1000 }, (_, n) => generatedLesson(n + 1)),
      faqs,
      courses: [],
      flows: [],
    }
    const content = await loadSiteContent({
      cmsUrl: 'http://cms.test',
      contentDir,
      stageDir: temp(),
      fetch: fakeCms(collections).fetch,
    })
    expect(content.lessons.length + content.faqs.length).toBe(5000)
  })

  it('fails on a document that breaks the schema, naming collection, id, slug and field', async () => {
    const collections = capturedCollections()
    const broken: Row = { ...cmsDocs('lessons')[0]!, id: 4242, minutes: 0 }
    collections.lessons = [broken, ...collections.lessons!.slice(1)]
    const error = await loadSiteContent({
      cmsUrl: 'http://cms.test',
      contentDir,
      stageDir: temp(),
      fetch: fakeCms(collections).fetch,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).problems).toEqual([
      expect.objectContaining({
        collection: 'lessons',
        id: '4242',
        slug: broken.slug,
        field: 'minutes',
      }),
    ])
    expect((error as Error).message).toContain(
      `lessons id 4242 (slug "${String(broken.slug)}"), field minutes:`,
    )
  })

  it('names a reference to a document the public cannot read as unpublished', async () => {
    const collections = capturedCollections()
    const course = cmsDocs('courses')[0]!
    collections.courses = [
      { ...course, lessons: [17, ...(course.lessons as Row[]).slice(1)] },
      ...collections.courses!.slice(1),
    ]
    const error = (await loadSiteContent({
      cmsUrl: 'http://cms.test',
      contentDir,
      stageDir: temp(),
      fetch: fakeCms(collections).fetch,
    }).catch((e: unknown) => e)) as Error
    expect(error.message).toMatch(
      /courses id \d+ \(slug "[a-z-]+"\), field lessons\.0: .*unpublished/,
    )
  })

  it('says how to go on when the CMS cannot be reached', async () => {
    const down = async (): Promise<Response> => {
      throw new TypeError('fetch failed')
    }
    await expect(
      loadSiteContent({ cmsUrl: 'http://127.0.0.1:9', contentDir, stageDir: temp(), fetch: down }),
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
