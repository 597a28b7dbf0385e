import type { Locale } from '../../content-models/index.ts'

/**
 * One piece of a sentence: glue text, or a title the editor picked (question, option, step),
 * or a reference to something the flow no longer has (`missing`, shown as broken).
 * Picked parts carry their key so a UI can link them; their text is always a title.
 */
export type SentencePart =
  | { kind: 'text'; text: string }
  | { kind: 'question'; text: string; question: string }
  | { kind: 'option'; text: string; question: string; option: string }
  | { kind: 'step'; text: string; step: string }
  | { kind: 'missing'; text: string; ref: 'question' | 'option' | 'step' | 'condition' }

/** A sentence as plain text and as parts, so a UI can set the picked titles in bold. */
export type ConditionSentence = { text: string; parts: SentencePart[] }

/** Glue text in the locale. */
export const glue = (words: Record<Locale, string>, locale: Locale): SentencePart => ({
  kind: 'text',
  text: words[locale],
})

/** Joins parts into a sentence, merging neighbouring glue and dropping empty glue. */
export function toSentence(parts: readonly SentencePart[]): ConditionSentence {
  const merged: SentencePart[] = []
  for (const part of parts) {
    const last = merged.at(-1)
    if (part.kind === 'text' && part.text === '') continue
    if (part.kind === 'text' && last?.kind === 'text') last.text += part.text
    else merged.push({ ...part })
  }
  return { text: merged.map((part) => part.text).join(''), parts: merged }
}

/** `a`, `a og b`, `a, b og c`: items joined with commas and the last joiner. */
export function joinList(
  items: readonly SentencePart[][],
  last: SentencePart,
  comma: SentencePart,
): SentencePart[] {
  return items.flatMap((item, at) => {
    if (at === 0) return item
    return [at === items.length - 1 ? last : comma, ...item]
  })
}
