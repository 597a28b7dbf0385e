import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'
import type {
  Checklist,
  Course,
  Faq,
  Flow,
  Lesson,
  LessonBlock,
  LocalFlow,
  Video,
} from '../../content-models/index.ts'
import { ensureUpload } from './uploads.ts'

/** Ids of the documents already in the CMS, per collection and slug. */
export type IdMap = Record<string, Map<string, string | number>>

function idFor(ids: IdMap, collection: string, slug: string): string | number {
  const id = ids[collection]?.get(slug)
  if (id === undefined) throw new Error(`${collection}/${slug} is referenced but was not imported`)
  return id
}

const ref = (ids: IdMap, collection: string, slug: string) => ({
  relationTo: collection,
  value: idFor(ids, collection, slug),
})

function lessonBlock(ids: IdMap, block: LessonBlock): Record<string, unknown> {
  switch (block.blockType) {
    case 'video':
      return { blockType: 'video', video: idFor(ids, 'videos', block.video) }
    case 'checklist':
      return { blockType: 'checklist', checklist: idFor(ids, 'checklists', block.checklist) }
    case 'faq':
      return { blockType: 'faq', faq: idFor(ids, 'faqs', block.faq) }
    default:
      return block
  }
}

/** Flow steps and fallback point at documents by slug in the files, by id in Payload. */
export function flowDocument(ids: IdMap, flow: Flow): Record<string, unknown> {
  return {
    ...flow,
    steps: flow.steps.map((step) => ({
      ...step,
      content: step.content ? ref(ids, step.content.collection, step.content.slug) : null,
    })),
    fallback: flow.fallback
      ? { ...flow.fallback, flow: idFor(ids, 'flows', flow.fallback.flow) }
      : { when: null, flow: null },
  }
}

/** Lesson body blocks point at videos, checklists and FAQs by id. */
export function lessonDocument(ids: IdMap, lesson: Lesson): Record<string, unknown> {
  const body = {
    da: lesson.body.da.map((block) => lessonBlock(ids, block)),
    en: lesson.body.en?.map((block) => lessonBlock(ids, block)),
  }
  return { ...lesson, body }
}

/** A course's lessons, in order, by id. */
export function courseDocument(ids: IdMap, course: Course): Record<string, unknown> {
  return { ...course, lessons: course.lessons.map((slug) => idFor(ids, 'lessons', slug)) }
}

/** FAQ related content, by id. */
export function faqDocument(ids: IdMap, faq: Faq): Record<string, unknown> {
  return { ...faq, related: faq.related.map((item) => ref(ids, item.collection, item.slug)) }
}

/** A video's file and captions are uploaded (once) and referenced by id. */
export async function videoDocument(
  payload: Payload,
  req: PayloadRequest,
  contentDir: string,
  video: Video,
): Promise<Record<string, unknown>> {
  const upload = (collection: 'video-files' | 'caption-files', src: string) =>
    ensureUpload(payload, req, collection, path.join(contentDir, src))
  const { src, captions, ...rest } = video
  // Not imported: the poster, and the MIME type (the CMS has no field for it).
  const kept: Partial<typeof rest> = { ...rest }
  delete kept.poster
  delete kept.mimeType
  return {
    ...kept,
    file: await upload('video-files', src),
    captions: {
      da: await upload('caption-files', captions.da.src),
      en: captions.en ? await upload('caption-files', captions.en.src) : undefined,
    },
  }
}

/** Checklists carry no references. */
export const checklistDocument = (checklist: Checklist): Record<string, unknown> => ({
  ...checklist,
})

/** A local flow's national flow and its steps' content, by id; its municipality given by id. */
export function localFlowDocument(
  ids: IdMap,
  local: LocalFlow,
  municipality: string | number | null,
): Record<string, unknown> {
  return {
    flow: idFor(ids, 'flows', local.flow),
    municipality,
    addedSteps: local.addedSteps.map((step) => ({
      ...step,
      content: step.content ? ref(ids, step.content.collection, step.content.slug) : null,
    })),
    hiddenSteps: local.hiddenSteps,
  }
}
