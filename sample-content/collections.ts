import type { z } from 'zod'
import { checklist } from '../content-models/index.ts'
import { course } from '../content-models/index.ts'
import { faq } from '../content-models/index.ts'
import { flow } from '../content-models/index.ts'
import { lesson } from '../content-models/index.ts'
import { municipalities } from '../content-models/index.ts'
import { navigation, siteSettings } from '../content-models/index.ts'
import { video } from '../content-models/index.ts'
import type { FieldPath } from './frontMatter.ts'

/** How a document's Markdown body is read: lesson blocks, or one rich text. */
export type BodySpec = { field: string; kind: 'blocks' | 'richText' }

/** How one kind of sample document is stored and validated. */
export type DocumentSpec = {
  schema: z.ZodType
  /** The field the Markdown body fills (Danish in `<slug>.md`, English in `<slug>.en.md`). */
  body?: BodySpec
  /** Front-matter fields holding a file path, relative to the Markdown file. */
  files?: FieldPath[]
  /** Whether the file name is the document's slug (collections) or not (globals). */
  slugFromFileName: boolean
}

/** The collections, by folder name under the content root. */
export const collectionSpecs = {
  flows: { schema: flow, slugFromFileName: true },
  lessons: { schema: lesson, body: { field: 'body', kind: 'blocks' }, slugFromFileName: true },
  courses: { schema: course, slugFromFileName: true },
  videos: {
    schema: video,
    body: { field: 'transcript', kind: 'richText' },
    files: [['src'], ['captions', 'da', 'src'], ['captions', 'en', 'src'], ['poster', 'src']],
    slugFromFileName: true,
  },
  checklists: { schema: checklist, slugFromFileName: true },
  faqs: { schema: faq, body: { field: 'answer', kind: 'richText' }, slugFromFileName: true },
} satisfies Record<string, DocumentSpec>

/** A collection of the sample content (its folder name). */
export type CollectionName = keyof typeof collectionSpecs

/**
 * The globals, by file name in the content root. `optional` ones may be left out: a content
 * folder for one jobcentre has no municipalities.
 */
export const globalSpecs = {
  siteSettings: {
    file: 'site-settings.md',
    spec: { schema: siteSettings, slugFromFileName: false },
  },
  navigation: { file: 'navigation.md', spec: { schema: navigation, slugFromFileName: false } },
  municipalities: {
    file: 'municipalities.md',
    spec: { schema: municipalities, slugFromFileName: false },
    optional: true,
  },
} satisfies Record<string, { file: string; spec: DocumentSpec; optional?: boolean }>
