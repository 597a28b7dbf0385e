import { analyzerFor, type Analyzer } from './analyzer.ts'
import { tokenize } from './fold.ts'
import { quoteFor } from './quote.ts'
import { indexTerms, wordsOf } from './terms.ts'
import type { Answer, AnswerIndex, Passage } from './types.ts'
import { Vocabulary } from './vocabulary.ts'

/** One word of the question: the terms that may stand for it and how much each counts. */
type QueryGroup = { alternatives: Map<string, number> }

/** How sure the engine must be before it shows anything (tuned on tests/answers/). */
const thresholds = {
  /** Share (by rarity) of the question's words the best passage must contain. */
  coverage: 0.25,
  /** The best passage's score times its coverage at least: a strong match of few words or a fair match of most. */
  confidence: 1.7,
  /** A second or third answer's score, as a share of the best one's. */
  follower: 0.4,
}

/** What the engine says to a question: up to three answers, or none when nothing fits. */
export type AnswerResult = {
  answers: Answer[]
  confident: boolean
  /** The best passage's score and coverage, answered or not (for tuning the thresholds). */
  best: { score: number; coverage: number }
}

const k1 = 1.2
const b = 0.75
const fieldWeights = { title: 1, heading: 2, text: 1 }

/** How the answer engine weighs one kind of match against an exact word. */
const matchWeights = { compound: 0.9, synonym: 0.8, typo: 0.7 }

/**
 * The answer engine over one locale's index: BM25 over passages (title and heading counted
 * extra), with stemming, æ/ø/å folding, compounds, typos and synonyms, and a no-answer
 * threshold. Pure: the same code runs in the build's tests and in the browser.
 */
export class AnswerEngine {
  private readonly analyzer: Analyzer
  private readonly vocabulary: Vocabulary
  private readonly compounds = new Map<string, string[]>()
  private readonly passageTerms: Map<string, number>[] = []
  private readonly lengths: number[] = []
  private readonly documentFrequency = new Map<string, number>()
  private readonly synonyms = new Map<string, Set<string>>()
  private readonly averageLength: number

  private readonly index: AnswerIndex

  constructor(index: AnswerIndex) {
    this.index = index
    this.analyzer = analyzerFor(index.locale)
    this.vocabulary = new Vocabulary(this.analyzer)
    const fields = index.passages.map((passage) => this.fieldsOf(passage))
    for (const passageFields of fields)
      for (const { text } of passageFields)
        for (const token of tokenize(text)) {
          const { whole, parts } = wordsOf(token)
          this.vocabulary.add(whole)
          for (const part of parts) this.vocabulary.add(part)
        }
    for (const passageFields of fields) {
      const terms = new Map<string, number>()
      let length = 0
      for (const { text, weight } of passageFields)
        for (const token of tokenize(text))
          for (const term of indexTerms(token, this.analyzer, this.vocabulary, this.compounds)) {
            terms.set(term.term, (terms.get(term.term) ?? 0) + term.weight * weight)
            length += term.weight
          }
      for (const term of terms.keys())
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1)
      this.passageTerms.push(terms)
      this.lengths.push(length)
    }
    this.averageLength = this.lengths.reduce((sum, n) => sum + n, 0) / (this.lengths.length || 1)
    for (const group of index.synonyms) {
      const stems = new Set(
        group.flatMap((word) =>
          tokenize(word)
            .map((token) => wordsOf(token).whole)
            .filter((folded) => !this.analyzer.isStopWord(folded))
            .map((folded) => this.analyzer.stem(folded)),
        ),
      )
      for (const stem of stems) {
        const known = this.synonyms.get(stem) ?? new Set<string>()
        for (const other of stems) if (other !== stem) known.add(other)
        this.synonyms.set(stem, known)
      }
    }
  }

  private fieldsOf(passage: Passage): { text: string; weight: number }[] {
    return [
      { text: passage.title, weight: passage.heading ? fieldWeights.title : fieldWeights.heading },
      { text: passage.heading ?? '', weight: fieldWeights.heading },
      { text: passage.text, weight: fieldWeights.text },
    ]
  }

  private idf(term: string): number {
    const n = this.index.passages.length
    const df = this.documentFrequency.get(term) ?? 0
    return Math.log(1 + (n - df + 0.5) / (df + 0.5))
  }

  private addSynonyms(alternatives: Map<string, number>, stem: string, weight: number): void {
    for (const other of this.synonyms.get(stem) ?? []) {
      if (!this.vocabulary.stems.has(other)) continue
      alternatives.set(other, Math.max(alternatives.get(other) ?? 0, weight * matchWeights.synonym))
    }
  }

  /** Whether a word is known, itself or through a synonym. */
  private knows(word: string): boolean {
    const stem = this.analyzer.stem(word)
    return (
      this.vocabulary.stems.has(stem) ||
      [...(this.synonyms.get(stem) ?? [])].some((other) => this.vocabulary.stems.has(other))
    )
  }

  /**
   * The question's words without stop words; two neighbours written apart that the index
   * knows as one word ("a kasse", "dagpenge kort", "job centre") are joined.
   */
  private wordsOf(question: string): string[] {
    const words: string[] = []
    for (const token of tokenize(question)) {
      const { whole, parts } = wordsOf(token)
      const previous = words.at(-1)
      if (previous !== undefined && !this.knows(previous) && this.knows(previous + whole)) {
        words[words.length - 1] = previous + whole
        continue
      }
      if (previous !== undefined && this.knows(previous + whole) && whole.length > 2) {
        words[words.length - 1] = previous + whole
        continue
      }
      if (parts.length > 0 && !this.knows(whole)) words.push(...parts)
      else words.push(whole)
    }
    return words.filter((word) => !this.analyzer.isStopWord(word))
  }

  /** The question as groups of terms, one group per word that is not a stop word. */
  private groupsOf(question: string): QueryGroup[] {
    return this.wordsOf(question).flatMap((word) => this.groupsOfWord(word))
  }

  private groupsOfWord(word: string): QueryGroup[] {
    const stem = this.analyzer.stem(word)
    const alternatives = new Map<string, number>()
    if (this.vocabulary.stems.has(stem)) alternatives.set(stem, 1)
    this.addSynonyms(alternatives, stem, 1)
    if (alternatives.size > 0) return [{ alternatives }]
    const inflected = this.vocabulary.withoutEnding(word)
    if (inflected !== undefined) {
      alternatives.set(inflected, 1)
      this.addSynonyms(alternatives, inflected, 1)
      return [{ alternatives }]
    }
    const parts = this.vocabulary.splitCompound(word)
    if (parts.length > 0)
      return parts.map((part) => {
        const partAlternatives = new Map([[part, matchWeights.compound]])
        this.addSynonyms(partAlternatives, part, matchWeights.compound)
        return { alternatives: partAlternatives }
      })
    for (const near of this.vocabulary.nearest(word)) {
      alternatives.set(near, matchWeights.typo)
      this.addSynonyms(alternatives, near, matchWeights.typo)
    }
    return [{ alternatives }]
  }

  /** The best passages for a question, each with its quote; none when below the threshold. */
  ask(question: string, limit = 3): AnswerResult {
    const groups = this.groupsOf(question)
    if (groups.length === 0)
      return { answers: [], confident: false, best: { score: 0, coverage: 0 } }
    const unknownIdf = this.idf('')
    // A word counts as rare as its own term: a synonym or correction never makes it weigh more.
    const groupIdf = groups.map((group) => {
      const [first] = group.alternatives.keys()
      return first === undefined ? unknownIdf : this.idf(first)
    })
    const totalIdf = groupIdf.reduce((sum, n) => sum + n, 0)
    const scored = this.passageTerms.map((terms, at) => {
      let score = 0
      let covered = 0
      const matched = new Set<string>()
      const norm = k1 * (1 - b + (b * this.lengths[at]!) / this.averageLength)
      for (const [index, group] of groups.entries()) {
        let best = 0
        let bestWeight = 0
        for (const [term, weight] of group.alternatives) {
          const tf = terms.get(term)
          if (!tf) continue
          matched.add(term)
          const value = (weight * groupIdf[index]! * tf * (k1 + 1)) / (tf + norm)
          if (value > best) [best, bestWeight] = [value, weight]
        }
        // A corrected or related word covers the question's word less than the word itself.
        covered += groupIdf[index]! * Math.sqrt(bestWeight)
        score += best
      }
      return { at, score, coverage: covered / totalIdf, matched }
    })
    const ranked = scored.filter((entry) => entry.score > 0).sort((x, y) => y.score - x.score)
    const top = ranked[0]
    const best = { score: top?.score ?? 0, coverage: top?.coverage ?? 0 }
    if (
      !top ||
      top.coverage < thresholds.coverage ||
      top.score * top.coverage < thresholds.confidence
    )
      return { answers: [], confident: false, best }
    const answers: Answer[] = []
    const seen = new Set<string>()
    for (const entry of ranked) {
      if (answers.length >= limit || entry.score < top.score * thresholds.follower) break
      const passage = this.index.passages[entry.at]!
      if (seen.has(passage.href)) continue
      seen.add(passage.href)
      answers.push({
        passage,
        score: entry.score,
        ...quoteFor(passage.text, (token) =>
          this.termsOfToken(token).some((t) => entry.matched.has(t)),
        ),
      })
    }
    return { answers, confident: true, best }
  }

  private termsOfToken(token: Parameters<typeof indexTerms>[0]): string[] {
    return indexTerms(token, this.analyzer, this.vocabulary, this.compounds).map((t) => t.term)
  }
}
