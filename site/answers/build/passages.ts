import {
  contentPath,
  parseWebVtt,
  type Checklist,
  type Course,
  type Faq,
  type Lesson,
  type Locale,
  type Localized,
  type Video,
} from '../../../content-models/browser.ts'
import { headingAnchor } from '../headingAnchor.ts'
import type { Passage } from '../types.ts'
import { richTextLines, type TextLine } from './lexicalText.ts'

/** The published documents the answer index is made from. */
export type AnswerSources = {
  lessons: readonly Lesson[]
  faqs: readonly Faq[]
  videos: readonly Video[]
  checklists: readonly Checklist[]
  courses: readonly Course[]
}

/** Reads a caption file by its `src`; undefined when it cannot be read. */
export type ReadCaptions = (src: string) => string | undefined

/** A locale's own text; undefined when only the Danish stands in for it (not indexed). */
function own<T>(value: Localized<T> | null | undefined, locale: Locale): T | undefined {
  const text = value?.[locale]
  return text === null || text === '' ? undefined : text
}

function lessonPassages(lesson: Lesson, locale: Locale): Passage[] {
  const title = own(lesson.title, locale)
  const body = own(lesson.body, locale)
  if (!title || !body) return []
  const page = contentPath({ collection: 'lessons', slug: lesson.slug }, locale)
  const sections: { heading?: string; lines: string[] }[] = [
    { lines: [own(lesson.summary, locale) ?? ''] },
  ]
  // Only a text block's headings carry ids on the page (a callout's are part of its box).
  const lines: TextLine[] = body.flatMap((block) => {
    if (block.blockType === 'richText') return richTextLines(block.content)
    if (block.blockType === 'callout')
      return richTextLines(block.content).map((line) => ({ text: line.text }))
    return []
  })
  for (const line of lines) {
    if (line.heading !== undefined) sections.push({ heading: line.text, lines: [] })
    else sections.at(-1)!.lines.push(line.text)
  }
  return sections
    .filter((section) => section.lines.some(Boolean))
    .map((section) => ({
      source: `lessons/${lesson.slug}`,
      kind: 'lesson',
      title,
      ...(section.heading !== undefined && { heading: section.heading }),
      href: section.heading === undefined ? page : `${page}#${headingAnchor(section.heading)}`,
      text: section.lines.filter(Boolean).join('\n'),
    }))
}

function faqPassages(faq: Faq, locale: Locale): Passage[] {
  const question = own(faq.question, locale)
  const answer = own(faq.answer, locale)
  if (!question || !answer) return []
  return [
    {
      source: `faqs/${faq.slug}`,
      kind: 'faq',
      title: question,
      href: contentPath({ collection: 'faqs', slug: faq.slug }, locale),
      text: richTextLines(answer)
        .map((line) => line.text)
        .join('\n'),
    },
  ]
}

/** Cues per video passage: a stretch of about ten seconds is one or two sentences said. */
const cuesPerStretch = 2

function videoPassages(video: Video, locale: Locale, readCaptions: ReadCaptions): Passage[] {
  const title = own(video.title, locale)
  const captions = own(video.captions, locale)
  if (!title || !captions) return []
  const page = contentPath({ collection: 'videos', slug: video.slug }, locale)
  const source = readCaptions(captions.src)
  const parsed = source === undefined ? undefined : parseWebVtt(source)
  if (!parsed?.ok) return []
  const passages: Passage[] = []
  for (let at = 0; at < parsed.cues.length; at += cuesPerStretch) {
    const cues = parsed.cues.slice(at, at + cuesPerStretch)
    const seconds = Math.floor(cues[0]!.start)
    passages.push({
      source: `videos/${video.slug}`,
      kind: 'video',
      title,
      seconds,
      href: `${page}#t=${seconds}`,
      text: cues.map((cue) => cue.text.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ')).join('\n'),
    })
  }
  return passages
}

function checklistPassages(checklist: Checklist, locale: Locale): Passage[] {
  const title = own(checklist.title, locale)
  if (!title) return []
  const items = checklist.items.flatMap((item) => {
    const label = own(item.label, locale)
    const help = own(item.help, locale)
    return label ? [help ? `${label}: ${help}` : label] : []
  })
  return [
    {
      source: `checklists/${checklist.slug}`,
      kind: 'checklist',
      title,
      href: contentPath({ collection: 'checklists', slug: checklist.slug }, locale),
      text: [own(checklist.intro, locale) ?? '', ...items].filter(Boolean).join('\n'),
    },
  ]
}

function coursePassages(course: Course, locale: Locale): Passage[] {
  const title = own(course.title, locale)
  const summary = own(course.summary, locale)
  if (!title || !summary) return []
  return [
    {
      source: `courses/${course.slug}`,
      kind: 'course',
      title,
      href: contentPath({ collection: 'courses', slug: course.slug }, locale),
      text: summary,
    },
  ]
}

/**
 * Every answerable passage of a locale's published content: lesson sections (by heading),
 * FAQ answers, stretches of video captions (with their start), checklists and course
 * summaries. Text that exists only in Danish is left out of the English index.
 */
export function passagesOf(
  sources: AnswerSources,
  locale: Locale,
  readCaptions: ReadCaptions,
): Passage[] {
  return [
    ...sources.lessons.flatMap((lesson) => lessonPassages(lesson, locale)),
    ...sources.faqs.flatMap((faq) => faqPassages(faq, locale)),
    ...sources.videos.flatMap((video) => videoPassages(video, locale, readCaptions)),
    ...sources.checklists.flatMap((checklist) => checklistPassages(checklist, locale)),
    ...sources.courses.flatMap((course) => coursePassages(course, locale)),
  ]
}
