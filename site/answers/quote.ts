import { tokenize, type Token } from './fold.ts'
import type { Answer, QuotePart } from './types.ts'

/** At most this many sentences are quoted. */
const maxSentences = 3

function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.trim())
    .filter(Boolean)
}

/** A sentence as parts, the words for which `isMatch` says yes marked. */
function markedParts(sentence: string, isMatch: (token: Token) => boolean): QuotePart[] {
  const parts: QuotePart[] = []
  let at = 0
  for (const token of tokenize(sentence)) {
    if (!isMatch(token)) continue
    if (token.start > at) parts.push({ text: sentence.slice(at, token.start), marked: false })
    parts.push({ text: sentence.slice(token.start, token.end), marked: true })
    at = token.end
  }
  if (at < sentence.length) parts.push({ text: sentence.slice(at), marked: false })
  return parts
}

/**
 * The few sentences of a passage that hold the most matched words (up to three in a row),
 * with those words marked. Every character comes from the passage itself.
 */
export function quoteFor(
  text: string,
  isMatch: (token: Token) => boolean,
): Pick<Answer, 'quote' | 'cut'> {
  const sentences = sentencesOf(text)
  const hits = sentences.map((sentence) => tokenize(sentence).filter(isMatch).length)
  let bestStart = 0
  let bestHits = -1
  for (let start = 0; start < sentences.length; start++) {
    const window = hits.slice(start, start + maxSentences).reduce((sum, n) => sum + n, 0)
    if (window > bestHits) [bestStart, bestHits] = [start, window]
  }
  const chosen = sentences.slice(bestStart, bestStart + maxSentences)
  const quote: QuotePart[] = []
  for (const [index, sentence] of chosen.entries()) {
    if (index > 0) quote.push({ text: ' ', marked: false })
    quote.push(...markedParts(sentence, isMatch))
  }
  return {
    quote,
    cut: { before: bestStart > 0, after: bestStart + maxSentences < sentences.length },
  }
}
