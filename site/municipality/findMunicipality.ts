import { officialMunicipalities } from '../../content-models/browser.ts'
import { foldLetters } from '../answers/fold.ts'

/** What the citizen typed in the picker, understood: a postcode or (part of) a name. */
export type Lookup =
  | { kind: 'empty' }
  /** A four-digit postcode and the municipalities it covers (none: not a postcode we know). */
  | { kind: 'postcode'; postcode: string; codes: string[] }
  /** The municipalities whose name fits, best first (one exact match stands alone). */
  | { kind: 'name'; codes: string[] }

/** The words around a name that say nothing of which municipality: "Kommune", "Jobcenter". */
const noise = /\b(kommune|kommunes|municipality|jobcenter|jobcentre|jobcentret)\b/g

function fold(text: string): string {
  return foldLetters(text)
    .replace(noise, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

const folded = officialMunicipalities.map(([code, name]) => ({ code, name: fold(name) }))

function byName(query: string): string[] {
  const exact = folded.filter((entry) => entry.name === query)
  if (exact.length > 0) return exact.map((entry) => entry.code)
  const starting = folded.filter((entry) => entry.name.startsWith(query))
  if (starting.length > 0) return starting.map((entry) => entry.code)
  // "Københavns" (the genitive of "Københavns Kommune") or a hyphenated part ("taastrup").
  const genitive = query.endsWith('s') ? folded.filter((e) => e.name === query.slice(0, -1)) : []
  if (genitive.length > 0) return genitive.map((entry) => entry.code)
  return folded
    .filter((entry) => entry.name.split(' ').some((word) => word.startsWith(query)))
    .map((entry) => entry.code)
}

/**
 * Understands what the citizen typed: four digits are a postcode (looked up with `postcodes`,
 * which the picker loads only then), anything else part of a municipality's name, folded so
 * "Århus", "aarhus" and "Aarhus Kommune" all find Aarhus.
 * @example findMunicipality('7700', lookup) // { kind: 'postcode', postcode: '7700', codes: ['787'] }
 */
export function findMunicipality(typed: string, postcodes: (postcode: string) => string[]): Lookup {
  const trimmed = typed.trim()
  const postcode = /^(?:dk-?)?\s*(\d{4})(?:\s+\S.*)?$/i.exec(trimmed)?.[1]
  if (postcode) return { kind: 'postcode', postcode, codes: postcodes(postcode) }
  const query = fold(trimmed)
  if (!query) return { kind: 'empty' }
  return { kind: 'name', codes: byName(query) }
}
