import { base, localizedValue, row, rows, slugOf, textOrEmpty, type Row } from './fields.ts'

/** One lesson block from Payload's `blocks` field into the content-models `lessonBlock` shape. */
function mapLessonBlock(block: Row): Row {
  switch (block.blockType) {
    case 'video':
      return { blockType: 'video', video: slugOf(block.video) }
    case 'checklist':
      return { blockType: 'checklist', checklist: slugOf(block.checklist) }
    case 'faq':
      return { blockType: 'faq', faq: slugOf(block.faq) }
    case 'callout':
      return { blockType: 'callout', tone: block.tone, content: block.content }
    case 'contact':
      return { blockType: 'contact' }
    default:
      return { blockType: block.blockType, content: block.content }
  }
}

function mapBody(blocks: unknown): unknown {
  return Array.isArray(blocks) ? rows(blocks).map(mapLessonBlock) : blocks
}

/** A lesson as Payload answers it (`?locale=all&depth=1`) into the content-models `lesson` shape. */
export function mapLesson(doc: Row): Row {
  const body = localizedValue(doc.body)
  return {
    ...base(doc),
    title: localizedValue(doc.title),
    summary: textOrEmpty(doc.summary),
    minutes: doc.minutes,
    audiences: doc.audiences ?? [],
    body: { da: mapBody(body.da), en: body.en === null ? null : mapBody(body.en) },
  }
}

/** A course: its ordered lessons become slugs. */
export function mapCourse(doc: Row): Row {
  return {
    ...base(doc),
    title: localizedValue(doc.title),
    summary: textOrEmpty(doc.summary),
    lessons: Array.isArray(doc.lessons) ? doc.lessons.map(slugOf) : doc.lessons,
    audiences: doc.audiences ?? [],
  }
}

/** A checklist: empty help texts and links become null. */
export function mapChecklist(doc: Row): Row {
  return {
    ...base(doc),
    title: localizedValue(doc.title),
    intro: textOrEmpty(doc.intro),
    items: rows(doc.items).map((item) => {
      const link = row(item.link)
      const help = localizedValue(item.help)
      return {
        key: item.key,
        label: localizedValue(item.label),
        help: help.da === undefined && help.en === null ? null : textOrEmpty(item.help),
        link: link.url ? { url: link.url, label: localizedValue(link.label) } : null,
        required: item.required !== false,
      }
    }),
  }
}

