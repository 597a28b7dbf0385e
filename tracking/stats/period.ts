import { hasRealDate, isOfficialMunicipalityCode } from '../../content-models/index.ts'
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

/** The query parameters every statistics endpoint takes (the schema: `periodQuery`). */
export type PeriodQuery = { from?: string; to?: string; municipality?: string }

/**
 * Reads the period of a statistics request: `from` and `to` are ISO dates (UTC) or
 * date-times of the server's receive time; either may be left out for "since the oldest
 * kept" and "until now". A date-only `to` includes that whole day. `municipality` (an
 * official code) narrows it to that municipality's events; left out, every event counts.
 * @example parsePeriod({ from: '2026-11-01', to: '2026-11-30' }) // all of November
 * @example parsePeriod({ municipality: '787' }) // Thisted's events of every kept day
 */
export function parsePeriod(query: PeriodQuery): Period {
  const from = parse('from', query.from) ?? 0
  const to = parse('to', query.to) ?? Number.MAX_SAFE_INTEGER
  if (from >= to) throw new ApiError(400, 'invalid_period', { field: 'from' })
  const { municipality } = query
  if (municipality === undefined) return { from, to }
  // The schema lets three digits through; only the 98 official codes count.
  if (!isOfficialMunicipalityCode(municipality))
    throw new ApiError(400, 'invalid_request', {
      field: 'municipality',
      message: 'field "municipality" is not an official municipality code.',
    })
  return { from, to, municipality }
}

/** A period as ISO strings for answers (null for an open end), with its municipality if any. */
export function describePeriod(period: Period) {
  return {
    from: period.from === 0 ? null : new Date(period.from).toISOString(),
    to: period.to === Number.MAX_SAFE_INTEGER ? null : new Date(period.to).toISOString(),
    ...(period.municipality === undefined ? {} : { municipality: period.municipality }),
  }
}
