import type { Analyzer } from './analyzer.ts'
import type { Token } from './fold.ts'
import type { Vocabulary } from './vocabulary.ts'

/** A term and how much one occurrence of the word counts for it. */
export type WeightedTerm = { term: string; weight: number }

/** The word of a token without hyphens ("a-kasse" → "akasse") and its hyphen-separated parts. */
export function wordsOf(token: Token): { whole: string; parts: string[] } {
  const parts = token.folded.split('-')
  return { whole: parts.join(''), parts: parts.length > 1 ? parts.filter((p) => p.length > 2) : [] }
}

/**
 * The terms a word of published text stands for: its stem, its hyphen parts, and (at half
 * weight) the words of its compound, so "dagpenge" finds "dagpengekortet". Stop words give none.
 */
export function indexTerms(
  token: Token,
  analyzer: Analyzer,
  vocabulary: Vocabulary,
  compounds: Map<string, string[]>,
): WeightedTerm[] {
  const { whole, parts } = wordsOf(token)
  if (analyzer.isStopWord(whole)) return []
  const terms: WeightedTerm[] = [{ term: analyzer.stem(whole), weight: 1 }]
  for (const part of parts)
    if (!analyzer.isStopWord(part)) terms.push({ term: analyzer.stem(part), weight: 1 })
  let split = compounds.get(whole)
  if (split === undefined) {
    split = whole.length >= 7 ? vocabulary.splitCompound(whole) : []
    compounds.set(whole, split)
  }
  for (const term of split) terms.push({ term, weight: 0.5 })
  return terms
}
