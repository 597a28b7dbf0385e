import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readSampleContent, SampleContentError } from '../../sample-content/index.ts'
import type { Problem } from '../../sample-content/index.ts'

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))

/** The problems `readSampleContent` throws for a fixture tree, without the messages' wording. */
function problemsOf(name: string): Problem[] {
  try {
    readSampleContent(fixture(name))
  } catch (error) {
    if (error instanceof SampleContentError) return error.problems
    throw error
  }
  throw new Error(`${name} read without problems`)
}

const at = (file: string, line: number, field: string, message: string | RegExp) => ({
  file,
  line,
  field,
  message:
    // Vitest types its asymmetric matchers as `any`.
    (typeof message === 'string'
      ? expect.stringContaining(message)
      : expect.stringMatching(message)) as unknown,
})

describe('readSampleContent on a valid tree', () => {
  const content = readSampleContent(fixture('valid'))

  it('reads every collection and global, slugs from file names, ordered by slug', () => {
    expect(content.flows.map((f) => f.slug)).toEqual(['kort-ledig', 'ny-ledig'])
    expect(content.lessons.map((l) => l.slug)).toEqual(['din-a-kasse', 'jobloggen'])
    expect(content.courses.map((c) => c.slug)).toEqual(['kom-godt-i-gang'])
    expect(content.videos.map((v) => v.slug)).toEqual(['jobloggen'])
    expect(content.checklists.map((c) => c.slug)).toEqual(['foerste-uge'])
    expect(content.faqs.map((f) => f.slug)).toEqual(['hvad-er-dagpenge'])
    expect(content.siteSettings.lixLimit).toBe(40)
    expect(content.navigation.items).toHaveLength(2)
  })

  it('applies schema defaults and keeps conditions as written', () => {
    const flow = content.flows.find((f) => f.slug === 'ny-ledig')
    expect(flow?.steps[0]).toMatchObject({
      required: true,
      minutes: 5,
      showWhen: { answer: 'a-kasse', is: 'yes' },
    })
    expect(flow?.fallback).toEqual({
      when: { not: { checklistDone: 'tjekliste' } },
      flow: 'kort-ledig',
      message: { da: 'Prøv det korte forløb.' },
    })
  })

  it('turns a lesson body into blocks, with a rich text block for each run of Markdown', () => {
    const lesson = content.lessons.find((l) => l.slug === 'din-a-kasse')
    expect(lesson?.body.da.map((b) => b.blockType)).toEqual([
      'richText',
      'video',
      'callout',
      'checklist',
      'faq',
      'richText',
      'contact',
    ])
    expect(lesson?.body.da[1]).toEqual({ blockType: 'video', video: 'jobloggen' })
    expect(lesson?.body.da[2]).toMatchObject({ blockType: 'callout', tone: 'warning' })
    expect(lesson?.body.en?.map((b) => b.blockType)).toEqual(['richText', 'video', 'contact'])
  })

  it('leaves English out when there is no English body file, so the site falls back to Danish', () => {
    const lesson = content.lessons.find((l) => l.slug === 'jobloggen')
    expect(lesson?.body.en).toBeUndefined()
    expect(lesson?.body.da[0]).toMatchObject({
      blockType: 'richText',
      content: { root: { children: [{ type: 'list', tag: 'ol' }] } },
    })
  })

  it('reads FAQ answers and video transcripts from the bodies of both files', () => {
    const [faq] = content.faqs
    expect(faq?.answer.da.root.children[0]).toMatchObject({ type: 'paragraph' })
    expect(faq?.answer.en?.root.children[0]).toMatchObject({ type: 'paragraph' })
    expect(faq?.related).toEqual([{ collection: 'lessons', slug: 'din-a-kasse' }])
    // The transcript in each language is the body of its own file, not a copy or a null.
    const video = content.videos.find((v) => v.slug === 'jobloggen')
    expect(JSON.stringify(video?.transcript.da)).toContain(
      'Jobloggen er din liste over de job, du har søgt.',
    )
    expect(JSON.stringify(video?.transcript.en)).toContain(
      'The job log is your list of the jobs you have applied for.',
    )
  })

  it('returns file paths relative to the content root', () => {
    expect(content.videos[0]).toMatchObject({
      src: 'videos/jobloggen.mp4',
      captions: { da: { src: 'videos/jobloggen.da.vtt' }, en: { src: 'videos/jobloggen.en.vtt' } },
    })
  })
})

describe('readSampleContent on broken trees', () => {
  it('reports YAML that does not parse at its line', () => {
    const problems = problemsOf('bad-yaml')
    expect(problems.length).toBeGreaterThan(0)
    for (const problem of problems)
      expect(problem).toEqual(at('lessons/broken.md', 4, '', 'not valid YAML'))
  })

  it('reports a missing required field at the deepest line the front matter has', () => {
    expect(problemsOf('missing-field')).toEqual([
      at('checklists/uden-intro.md', 1, 'intro', 'is required'),
      at('flows/uden-titel.md', 8, 'steps.1.title', 'is required'),
      at('flows/uden-titel.md', 10, 'steps.1.showWhen.is', 'is required'),
    ])
  })

  it('refuses unknown fields, at top level, in localized maps and in list items', () => {
    expect(problemsOf('unknown-field')).toEqual([
      at('checklists/stavefejl.md', 2, 'title.eng', 'unknown field'),
      at('checklists/stavefejl.md', 4, 'note', 'unknown field'),
      at('checklists/stavefejl.md', 10, 'items.1.requried', 'unknown field'),
    ])
  })

  it('reports references to documents that do not exist, at the referring field', () => {
    expect(problemsOf('dangling-reference')).toEqual([
      at('courses/kursus.md', 6, 'lessons.1', 'no lessons document with the slug "mangler"'),
      at(
        'faqs/spoergsmaal.md',
        6,
        'related.1.slug',
        'no checklists document with the slug "ingen-tjekliste"',
      ),
      at(
        'flows/forloeb.md',
        8,
        'steps.0.content.slug',
        'no lessons document with the slug "findes-ikke"',
      ),
      at(
        'flows/forloeb.md',
        14,
        'fallback.flow',
        'no flows document with the slug "andet-forloeb"',
      ),
      at(
        'lessons/lektion.md',
        9,
        'body.da.1.video',
        'no videos document with the slug "ingen-video"',
      ),
    ])
  })

  it('reports a video file that does not exist, by its path from the content root', () => {
    expect(problemsOf('missing-video-file')).toEqual([
      at('videos/mangler.md', 4, 'src', 'file not found: videos/mangler.mp4'),
    ])
  })

  it('reports bodies rich text cannot hold, unknown blocks and orphaned English files', () => {
    expect(problemsOf('bad-body')).toEqual([
      at('faqs/tomt-svar.md', 4, 'answer.da', 'is empty'),
      at('lessons/alene.en.md', 1, '', 'English body without a Danish file'),
      at('lessons/forkert.md', 7, 'body.da', 'heading level 1'),
      at('lessons/forkert.md', 11, 'body.da', 'unknown block ::billede'),
      at('lessons/forkert.md', 13, 'body.da', 'tone must be one of info, warning'),
      at('lessons/forkert.md', 17, 'body.da', 'block quote'),
    ])
  })

  it('reports files out of place: slug in front matter, stray English files, wrong types', () => {
    expect(problemsOf('odd-files')).toEqual([
      at('checklists/med-slug.en.md', 1, '', 'has no body'),
      at('checklists/med-slug.md', 2, 'slug', 'unknown field'),
      at('flows/ekstra.md', 8, 'steps.0.content.note', 'unknown field'),
      at('flows/ekstra.md', 9, 'steps.0.showWhen.extra', 'unknown field'),
      at('lessons/Forkert_Navn.en.md', 1, '', 'no front matter'),
      at('lessons/Forkert_Navn.md', 1, 'slug', 'the file name is the slug'),
      at('navigation.md', 1, '', 'navigation.md is missing'),
      at('notes.md', 1, '', 'not a sample content file'),
      at('videos/forkert-type.md', 4, 'src', 'does not match mimeType video/webm'),
      at('videos/forkert-type.md', 7, 'captions.da.src', 'is not WebVTT'),
    ])
  })

  it('lists every problem in the message, one per line as file:line field: message', () => {
    expect(() => readSampleContent(fixture('dangling-reference'))).toThrow(
      /has 5 problems:\ncourses\/kursus\.md:6 lessons\.1: no lessons document/,
    )
    expect(() => readSampleContent(fixture('bad-body'))).toThrow(
      /\nlessons\/alene\.en\.md:1: English body/,
    )
  })

  it('reports a content folder that does not exist', () => {
    expect(() => readSampleContent(fixture('no-such-folder'))).toThrow(SampleContentError)
  })
})
