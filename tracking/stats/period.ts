import { hasRealDate } from '../../content-models/index.ts'
import { ApiError } from '../errors.ts'
import type { Period } from '../store/types.ts'

const dateOnly = /^\d{4}-\d{2}-\d{2}$/
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/
const day = 24 * 60 * 60 * 1000

function parse(name: 'from' | 'to', value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const iso = (dateOnly.test(value) || dateTime.test(value)) && hasRealDate(value)
  // Date.parse rolls a day that does not exist (2026-02-30) over into the next month.
  const ms = iso ? Date.parse(value) : NaN
  if (Number.isNaN(ms)) throw new ApiError(400, 'invalid_period', { field: name })
  // A date-only `to` means "to the end of that day" (UTC).
  return name === 'to' && dateOnly.test(value) ? ms + day : ms
}

/**
 * Reads the period of a statistics request: `from` and `to` are ISO dates (UTC) or
 * date-times of the server's receive time; either may be left out for "since the oldest
 * kept" and "until now". A date-only `to` includes that whole day.
 * @example parsePeriod({ from: '2026-11-01', to: '2026-11-30' }) // all of November
 */
export function parsePeriod(query: { from?: string; to?: string }): Period {
  const from = parse('from', query.from) ?? 0
  const to = parse('to', query.to) ?? Number.MAX_SAFE_INTEGER
  if (from >= to) throw new ApiError(400, 'invalid_period', { field: 'from' })
  return { from, to }
}

/** A period as ISO strings for answers (null for an open end). */
export function describePeriod(period: Period) {
  return {
    from: period.from === 0 ? null : new Date(period.from).toISOString(),
    to: period.to === Number.MAX_SAFE_INTEGER ? null : new Date(period.to).toISOString(),
  }
}
