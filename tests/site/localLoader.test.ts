// The loader with municipalities, local flows and local lessons from the files (content/ layout).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadSiteContent } from '../../site/content/load.ts'
import { SampleContentError } from '../../sample-content/index.ts'
import { ContentError } from '../../site/content/validate.ts'
import { localContentDir } from './localContent.ts'

const disposals: (() => void)[] = []
afterEach(() => {
  for (const dispose of disposals.splice(0)) dispose()
})

/** Loads a copy of the sample content with the local test content, changed by `change`. */
async function load(change: Record<string, string> = {}) {
  const { dir, dispose } = localContentDir(change)
  disposals.push(dispose)
  return loadSiteContent({ contentDir: dir, stageDir: `${dir}-stage` })
}

/** The problems of a load that must fail, as `collection id field: message` lines. */
async function problemsOf(change: Record<string, string>) {
  const error = await load(change).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ContentError)
  return (error as ContentError).problems
}

const localFlowFile = 'local-flows/787-ny-paa-dagpenge.md'
const localFlow = (fields: string) => `---\n${fields}\n---\n`

describe('local content from the files', () => {
  it('reads the municipalities, their versions of national flows and their own lessons', async () => {
    const content = await load()
    expect(content.municipalities.map((m) => m.code)).toEqual(['101', '751', '787'])
    // The test content's version of "Ny på dagpenge" for Thisted, in place of the sample's.
    expect(content.localFlows.filter((version) => version.municipality === '787')).toEqual([
      expect.objectContaining({
        flow: 'ny-paa-dagpenge',
        hiddenSteps: ['foerste-uge'],
        addedSteps: [
          expect.objectContaining({ key: 'infomoede-thisted', after: 'meld-dig-ledig' }),
        ],
      }),
    ])
    const local = content.lessons.filter((lesson) => lesson.municipality)
    expect(local.map((lesson) => [lesson.slug, lesson.municipality])).toContainEqual([
      'infomoede-i-thisted',
      '787',
    ])
    expect(content.lessons.filter((lesson) => !lesson.municipality).length).toBeGreaterThan(5)
  })

  it('warns about a municipality’s own document of a collection without local pages (a FAQ)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      const faq = `---\nquestion: { da: "Hvor ligger jobcentret?" }\ncategory: { da: "Thisted" }\nmunicipality: "787"\n---\n\nPå Asylvej. Det er et eksempel.\n`
      const content = await load({ 'faqs/hvor-ligger-jobcentret.md': faq })
      expect(content.faqs.find((f) => f.slug === 'hvor-ligger-jobcentret')?.municipality).toBe(
        '787',
      )
      expect(warn.mock.calls.map(([line]) => String(line))).toContain(
        "[municipality] faqs/hvor-ligger-jobcentret belongs to municipality 787: a municipality's own faqs get no page of their own yet (lessons do)",
      )
    } finally {
      warn.mockRestore()
    }
  })

  it('fails on a local flow whose national flow does not exist, naming the file and field', async () => {
    const problems = await problemsOf({
      [localFlowFile]: localFlow('flow: findes-ikke\nmunicipality: "787"'),
    })
    expect(problems).toEqual([
      expect.objectContaining({
        collection: 'local-flows',
        id: localFlowFile,
        field: 'flow',
        message: expect.stringContaining('"findes-ikke"') as string,
      }),
    ])
  })

  it('fails on a local flow of a municipality the install does not have, and on a broken one', async () => {
    const unknown = await problemsOf({
      [localFlowFile]: localFlow('flow: ny-paa-dagpenge\nmunicipality: "999"'),
    })
    expect(unknown).toEqual([
      expect.objectContaining({
        id: localFlowFile,
        field: 'municipality',
        message: expect.stringContaining('999') as string,
      }),
    ])
    // A file the schema refuses fails as every sample file does, naming the file and field.
    const broken = await load({
      [localFlowFile]: localFlow(
        'flow: ny-paa-dagpenge\nmunicipality: "787"\nhiddenSteps: [Ikke En Nøgle]',
      ),
    }).catch((e: unknown) => e)
    expect(broken).toBeInstanceOf(SampleContentError)
    expect((broken as SampleContentError).problems).toEqual([
      expect.objectContaining({ file: localFlowFile, field: 'hiddenSteps.0' }),
    ])
  })

  it('fails on a local lesson with a municipality code the install does not have, naming the lesson', async () => {
    const error = await load({ 'lessons/andet-infomoede.md': lessonOf('"461"') }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ContentError)
    expect((error as Error).message).toContain(
      'lessons id andet-infomoede (slug "andet-infomoede"), field municipality: no municipality with the code 461',
    )
  })

  it('fails when national content uses a local lesson, or one municipality uses another’s', async () => {
    const course = `---\ntitle: { da: "Kursus" }\nsummary: { da: "Kort." }\nlessons: [din-a-kasse, infomoede-i-thisted]\n---\n`
    const problems = await problemsOf({ 'courses/blandet.md': course })
    expect(problems).toEqual([
      expect.objectContaining({
        collection: 'courses',
        id: 'blandet',
        field: 'lessons.1',
        message:
          'lessons/infomoede-i-thisted belongs to municipality 787, so national content cannot use it',
      }),
    ])
    const aarhus = localFlow(
      'flow: ny-paa-dagpenge\nmunicipality: "751"\naddedSteps:\n  - key: lokal\n    after: a-kasse\n    title: { da: "Lokal" }\n    kind: content\n    content: { collection: lessons, slug: infomoede-i-thisted }',
    )
    const crossed = await problemsOf({ 'local-flows/751-ny-paa-dagpenge.md': aarhus })
    expect(crossed).toEqual([
      expect.objectContaining({
        id: 'local-flows/751-ny-paa-dagpenge.md',
        field: 'addedSteps.0.content',
        message: expect.stringContaining("municipality 751's content cannot use it") as string,
      }),
    ])
  })

  it('fails on two versions of one flow for one municipality', async () => {
    const problems = await problemsOf({
      'local-flows/787-igen.md': localFlow('flow: ny-paa-dagpenge\nmunicipality: "787"'),
    })
    expect(problems).toEqual([
      expect.objectContaining({
        id: 'local-flows/787-ny-paa-dagpenge.md',
        field: 'flow',
        message:
          'municipality 787 has another version of the flow "ny-paa-dagpenge" (id local-flows/787-igen.md); keep one',
      }),
    ])
  })
})

/** A small local lesson's file with the given municipality code (YAML). */
function lessonOf(code: string): string {
  return `---\ntitle: { da: "Infomøde" }\nsummary: { da: "Kort." }\nminutes: 2\nmunicipality: ${code}\n---\n\nKom til mødet. Det er kort.\n`
}
