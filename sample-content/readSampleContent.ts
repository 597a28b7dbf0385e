import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Checklist } from '../content-models/index.ts'
import type { Course } from '../content-models/index.ts'
import type { Faq } from '../content-models/index.ts'
import type { Flow } from '../content-models/index.ts'
import type { Lesson } from '../content-models/index.ts'
import type { Navigation, SiteSettings } from '../content-models/index.ts'
import type { Video } from '../content-models/index.ts'
import { collectionSpecs, globalSpecs } from './collections.ts'
import type { CollectionName } from './collections.ts'
import { messages } from './messages.ts'
import { SampleContentError } from './problems.ts'
import type { Problem } from './problems.ts'
import { readDocument } from './readDocument.ts'
import type { ReadDocument } from './readDocument.ts'
import { findDanglingReferences } from './references.ts'
import type { Placed } from './references.ts'

/** Every sample document, validated, each collection ordered by slug. */
export type SampleContent = {
  flows: Flow[]
  lessons: Lesson[]
  courses: Course[]
  videos: Video[]
  checklists: Checklist[]
  faqs: Faq[]
  siteSettings: SiteSettings
  navigation: Navigation
}

type Read = Record<CollectionName, Placed<unknown>[]>

/**
 * Reads the sample content under `dir` (layout: content/README.md), validates every
 * document with its content-models schema and checks references between documents.
 * @throws {SampleContentError} listing every problem found, each with file, line and field.
 * @example const { lessons } = readSampleContent(new URL('../../content', import.meta.url).pathname)
 */
export function readSampleContent(dir: string): SampleContent {
  if (!existsSync(dir))
    throw new SampleContentError(dir, [
      { file: '.', line: 1, field: '', message: messages.noFolder },
    ])
  const problems: Problem[] = []
  const collect = (read: ReadDocument) => {
    problems.push(...read.problems)
    return read.problems.length === 0 ? [{ data: read.data, locate: read.locate }] : []
  }
  const rootFiles = new Set(listMarkdown(dir))
  for (const name of rootFiles) {
    const known = Object.values(globalSpecs).some((g) => g.file === name)
    if (!known && name !== 'README.md')
      problems.push({ file: name, line: 1, field: '', message: messages.unexpectedFile })
  }
  const globals = Object.fromEntries(
    Object.entries(globalSpecs).map(([key, global]) => {
      const { file, spec } = global
      if (!rootFiles.has(file)) {
        if ('optional' in global) return [key, undefined]
        problems.push({ file, line: 1, field: '', message: messages.missingGlobal(file) })
        return [key, undefined]
      }
      return [key, collect(readDocument({ root: dir, file }, spec))[0]?.data]
    }),
  )
  const read = {} as Read
  const slugs = {} as Record<CollectionName, Set<string>>
  for (const collection of Object.keys(collectionSpecs) as CollectionName[]) {
    const spec = collectionSpecs[collection]
    const names = listMarkdown(join(dir, collection)).filter((name) => name !== 'README.md')
    const danish = names.filter((name) => !name.endsWith('.en.md'))
    slugs[collection] = new Set(danish.map((name) => name.slice(0, -'.md'.length)))
    for (const name of names.filter((n) => n.endsWith('.en.md'))) {
      const slug = name.slice(0, -'.en.md'.length)
      const file = `${collection}/${name}`
      if (!('body' in spec))
        problems.push({ file, line: 1, field: '', message: messages.englishNotAllowed })
      else if (!slugs[collection].has(slug)) {
        problems.push({
          file,
          line: 1,
          field: '',
          message: messages.englishWithoutDanish(`${collection}/${slug}.md`),
        })
      }
    }
    read[collection] = danish.flatMap((name) => {
      const slug = name.slice(0, -'.md'.length)
      const english =
        'body' in spec && names.includes(`${slug}.en.md`)
          ? `${collection}/${slug}.en.md`
          : undefined
      return collect(
        readDocument(
          { root: dir, file: `${collection}/${name}`, englishFile: english, slug },
          spec,
        ),
      )
    })
  }
  const documents = read as unknown as {
    flows: Placed<Flow>[]
    lessons: Placed<Lesson>[]
    courses: Placed<Course>[]
    faqs: Placed<Faq>[]
  }
  problems.push(...findDanglingReferences({ documents, slugs }))
  if (problems.length > 0) throw new SampleContentError(dir, problems)
  const data = <T>(collection: CollectionName) => read[collection].map((doc) => doc.data as T)
  return {
    flows: data<Flow>('flows'),
    lessons: data<Lesson>('lessons'),
    courses: data<Course>('courses'),
    videos: data<Video>('videos'),
    checklists: data<Checklist>('checklists'),
    faqs: data<Faq>('faqs'),
    siteSettings: globals.siteSettings as SiteSettings,
    navigation: globals.navigation as Navigation,
  }
}

function listMarkdown(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => entry.name)
    .sort()
}
