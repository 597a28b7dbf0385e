import type { z } from 'zod'
import { messages } from './messages.ts'

/** The content collections the site reads. */
export type CollectionName = 'flows' | 'lessons' | 'courses' | 'videos' | 'checklists' | 'faqs'

/** A document mapped into the content-models shape, not yet validated; `id` is the CMS id. */
export type RawDocument = { id: string; data: unknown }

/** One field of one document that does not match its schema. */
export type ContentProblem = { collection: string; id: string; slug?: string; field: string; message: string }

/** Thrown when published content does not match the content-models schemas; lists every problem. */
export class ContentError extends Error {
  readonly problems: ContentProblem[]

  constructor(problems: ContentProblem[]) {
    const lines = problems.map((p) => messages.problem(p.collection, p.id, p.slug, p.field, p.message))
    super([messages.invalidDocuments(new Set(problems.map((p) => `${p.collection}/${p.id}`)).size), ...lines].join('\n'))
    this.name = 'ContentError'
    this.problems = problems
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

/**
 * Parses every document of a collection with its schema. Problems are collected, not thrown,
 * so one build names every broken document at once. `ids` are the parsed documents' ids, in order.
 */
export function parseDocuments<S extends z.ZodType>(
  collection: string,
  schema: S,
  documents: readonly RawDocument[],
): { parsed: z.infer<S>[]; ids: string[]; problems: ContentProblem[] } {
  const parsed: z.infer<S>[] = []
  const ids: string[] = []
  const problems: ContentProblem[] = []
  const slugs = new Set<string>()
  for (const { id, data } of documents) {
    const slugValue = valueAt(data, ['slug'])
    const slug = typeof slugValue === 'string' ? slugValue : undefined
    const result = schema.safeParse(data)
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.map(String).join('.')
        const isReference = /(^|\.)(slug|video|checklist|faq|flow|lessons\.\d+)$/.test(field) && field !== 'slug'
        const missing = valueAt(data, issue.path) === undefined
        problems.push({
          collection,
          id,
          slug,
          field,
          message: isReference && missing ? `${issue.message}: ${messages.unpublishedReference}` : issue.message,
        })
      }
      continue
    }
    if (slug !== undefined && slugs.has(slug)) {
      problems.push({ collection, id, slug, field: 'slug', message: messages.duplicateSlug(slug) })
      continue
    }
    if (slug !== undefined) slugs.add(slug)
    parsed.push(result.data)
    ids.push(id)
  }
  return { parsed, ids, problems }
}
