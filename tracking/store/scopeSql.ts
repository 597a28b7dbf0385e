import type { Period } from './types.ts'

/**
 * The SQL condition that keeps an aggregate to one period of receive times and, when one is
 * asked for, to one municipality's events. The arguments are the numbers of the `$n`
 * parameters holding the period's from, its to, and the municipality code (NULL: every event).
 * @example inScope(2, 3, 4) // received_at >= $2 AND received_at < $3 AND (… $4 …)
 */
export function inScope(from: number, to: number, municipality: number): string {
  const code = `$${municipality}`
  return `received_at >= $${from} AND received_at < $${to} AND (CAST(${code} AS TEXT) IS NULL OR municipality = ${code})`
}

/** A period's parameters in the order {@link inScope} names them: from, to, municipality or null. */
export function scopeParameters(period: Period): [number, number, string | null] {
  return [period.from, period.to, period.municipality ?? null]
}
