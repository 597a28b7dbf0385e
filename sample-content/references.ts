import type { Course } from '../content-models/index.ts'
import type { Faq } from '../content-models/index.ts'
import type { Flow } from '../content-models/index.ts'
import type { Lesson } from '../content-models/index.ts'
import type { CollectionName } from './collections.ts'
import type { FieldPath } from './frontMatter.ts'
import { messages } from './messages.ts'
import type { Problem } from './problems.ts'
import type { Locate } from './readDocument.ts'

/** A document that read clean, with the way back to its lines. */
export type Placed<T> = { data: T; locate: Locate }

/** The documents that read clean, and the slugs of every document file found. */
export type Catalog = {
  documents: {
    flows: Placed<Flow>[]
    lessons: Placed<Lesson>[]
    courses: Placed<Course>[]
    faqs: Placed<Faq>[]
  }
  slugs: Record<CollectionName, Set<string>>
}

type Reference = { path: FieldPath; collection: CollectionName; slug: string }

/**
 * Finds references to documents that do not exist: course lessons, lesson blocks, flow
 * step content, flow fallbacks and related FAQ links. A file that exists but has problems
 * of its own still counts as existing, so one mistake is reported once.
 */
export function findDanglingReferences({ documents, slugs }: Catalog): Problem[] {
  const problems: Problem[] = []
  const check = ({ locate }: Placed<unknown>, references: Reference[]) => {
    for (const { path, collection, slug } of references) {
      if (slugs[collection].has(slug)) continue
      problems.push({
        ...locate(path),
        field: path.join('.'),
        message: messages.dangling(collection, slug),
      })
    }
  }
  for (const course of documents.courses) check(course, courseReferences(course.data))
  for (const lesson of documents.lessons) check(lesson, lessonReferences(lesson.data))
  for (const flow of documents.flows) check(flow, flowReferences(flow.data))
  for (const faq of documents.faqs) check(faq, faqReferences(faq.data))
  return problems
}

function courseReferences(course: Course): Reference[] {
  return course.lessons.map((slug, i) => ({ path: ['lessons', i], collection: 'lessons', slug }))
}

function lessonReferences(lesson: Lesson): Reference[] {
  const locales = ['da', 'en'] as const
  return locales.flatMap((locale) =>
    (lesson.body[locale] ?? []).flatMap((block, i): Reference[] => {
      const path = ['body', locale, i, block.blockType]
      if (block.blockType === 'video') return [{ path, collection: 'videos', slug: block.video }]
      if (block.blockType === 'checklist')
        return [{ path, collection: 'checklists', slug: block.checklist }]
      if (block.blockType === 'faq') return [{ path, collection: 'faqs', slug: block.faq }]
      return []
    }),
  )
}

function flowReferences(flow: Flow): Reference[] {
  const steps = flow.steps.flatMap((step, i): Reference[] =>
    step.content ? [{ path: ['steps', i, 'content', 'slug'], ...step.content }] : [],
  )
  const fallback: Reference[] = flow.fallback
    ? [{ path: ['fallback', 'flow'], collection: 'flows', slug: flow.fallback.flow }]
    : []
  return [...steps, ...fallback]
}

function faqReferences(faq: Faq): Reference[] {
  return faq.related.map((ref, i) => ({ path: ['related', i, 'slug'], ...ref }))
}
