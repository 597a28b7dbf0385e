import type { Analyzer } from './analyzer.ts'
import { editDistance } from './editDistance.ts'

const minPart = 3
const minTail = 4

/**
 * The words the index knows (folded forms and their stems), with the two ways a question's
 * word that is not among them may still be found: as a compound of known words, or as a
 * known word with one or two typos.
 */
export class Vocabulary {
  readonly stems = new Set<string>()
  private readonly surfaces = new Map<string, string>()
  private readonly byLength = new Map<number, string[]>()

  private readonly analyzer: Analyzer

  constructor(analyzer: Analyzer) {
    this.analyzer = analyzer
  }

  /** Adds a folded word; returns its stem. */
  add(folded: string): string {
    const known = this.surfaces.get(folded)
    if (known !== undefined) return known
    const stem = this.analyzer.stem(folded)
    this.surfaces.set(folded, stem)
    this.stems.add(stem)
    const sameLength = this.byLength.get(folded.length) ?? []
    sameLength.push(folded)
    this.byLength.set(folded.length, sameLength)
    return stem
  }

  /** Every folded word added so far. */
  words(): IterableIterator<string> {
    return this.surfaces.keys()
  }

  private knows(part: string): boolean {
    if (part.length < minPart) return false
    return this.surfaces.has(part) || this.stems.has(this.analyzer.stem(part))
  }

  /**
   * The stems of the known words a compound is made of ("dagpengekort" → dagpenge + kort),
   * trying the longest first part first and allowing a linking s or e; empty when none fits.
   */
  splitCompound(folded: string, depth = 0): string[] {
    if (!this.analyzer.compounds || folded.length < minPart + minTail) return []
    for (let at = folded.length - minTail; at >= minPart; at--) {
      const head = folded.slice(0, at)
      const tail = folded.slice(at)
      const headStem = this.knows(head)
        ? head
        : /[se]$/.test(head) && this.knows(head.slice(0, -1))
          ? head.slice(0, -1)
          : undefined
      if (headStem === undefined) continue
      if (this.knows(tail)) return [this.analyzer.stem(headStem), this.analyzer.stem(tail)]
      if (depth === 0) {
        const rest = this.splitCompound(tail, 1)
        if (rest.length > 0) return [this.analyzer.stem(headStem), ...rest]
      }
    }
    return []
  }

  /**
   * The stem of a known word that this unknown one is an inflection of, which the stemmer
   * leaves alone ("cvet" → cv, "mistede" → mist); undefined when none fits.
   */
  withoutEnding(folded: string): string | undefined {
    for (const ending of this.analyzer.endings) {
      if (!folded.endsWith(ending) || folded.length - ending.length < 2) continue
      const stem = this.analyzer.stem(folded.slice(0, -ending.length))
      if (this.stems.has(stem)) return stem
    }
    return undefined
  }

  /**
   * The stems of the known words closest to a misspelt one: one edit allowed from 5 letters,
   * two from 8. Shorter words are never corrected (too many near neighbours). The word is
   * compared as written, then by its stem ("ansogninger" → ansoegning).
   */
  nearest(folded: string): string[] {
    const bySurface = closest(folded, this.byLength)
    if (bySurface.length > 0) return [...new Set(bySurface.map((word) => this.surfaces.get(word)!))]
    this.stemsByLength ??= groupByLength(this.stems)
    return closest(this.analyzer.stem(folded), this.stemsByLength)
  }

  private stemsByLength: Map<number, string[]> | undefined
}

function groupByLength(words: Iterable<string>): Map<number, string[]> {
  const groups = new Map<number, string[]>()
  for (const word of words) groups.set(word.length, [...(groups.get(word.length) ?? []), word])
  return groups
}

/** The words at the smallest edit distance within the limit for the word's length. */
function closest(folded: string, byLength: Map<number, string[]>): string[] {
  if (folded.length < 5) return []
  const limit = folded.length >= 8 ? 2 : 1
  let best = limit + 1
  let found: string[] = []
  for (let length = folded.length - limit; length <= folded.length + limit; length++) {
    for (const word of byLength.get(length) ?? []) {
      const distance = editDistance(folded, word, Math.min(limit, best))
      if (distance < best) [best, found] = [distance, [word]]
      else if (distance === best && distance <= limit) found.push(word)
    }
  }
  return found
}
