/** The kinds of passage an answer can quote. */
type PassageKind = 'lesson' | 'faq' | 'video' | 'checklist' | 'course'

/** One answerable piece of published content, as the build writes it into the index. */
export type Passage = {
  /** `collection/slug` of the document it comes from (what the evaluation set names). */
  source: string
  kind: PassageKind
  /** The document's title (a FAQ's question). */
  title: string
  /** The section's heading, for a lesson section under one. */
  heading?: string
  /** Where a video passage starts, in whole seconds. */
  seconds?: number
  /** The exact place: a page, a section anchor, a FAQ anchor or a video time fragment. */
  href: string
  /** The passage's text, one line per paragraph, list item or caption. */
  text: string
}

/** The answer index of one locale, as `/svar/<locale>.json` holds it. */
export type AnswerIndex = {
  version: 1
  locale: 'da' | 'en'
  /** Groups of words that mean the same here ("fyret, afskediget, opsagt"). */
  synonyms: string[][]
  passages: Passage[]
}

/** A piece of a quote: marked when it is a word that matched the question. */
export type QuotePart = { text: string; marked: boolean }

/** One answer: the passage, its score and the quoted sentences with the matched words. */
export type Answer = {
  passage: Passage
  score: number
  quote: QuotePart[]
  /** True when the quote leaves out text before or after it. */
  cut: { before: boolean; after: boolean }
}
