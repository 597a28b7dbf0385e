import type { Period, Store } from '../store/types.ts'
import { minimumCount, suppress } from './suppress.ts'

const day = 24 * 60 * 60 * 1000

/**
 * The ISO 8601 week of a Monday given as whole days since 1970-01-01: the week belongs to the
 * year of its Thursday.
 * @example isoWeek(20787) // '2026-W49' (Monday 30 November 2026)
 */
export function isoWeek(monday: number): string {
  const thursday = new Date((monday + 3) * day)
  const year = thursday.getUTCFullYear()
  const dayOfYear = (thursday.getTime() - Date.UTC(year, 0, 1)) / day
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`
}

/** answered / asked, only when both counts are shown (else null), to 3 decimals. */
function answeredShare(asked: number, answered: number): number | null {
  if (asked < minimumCount || answered < minimumCount) return null
  return Math.round((answered / asked) * 1000) / 1000
}

/**
 * The questions asked on the site's "Spørg" in the period: per ISO week asked, answered and
 * the share answered; per source opened from an answer (`collection/slug`) how many times.
 * Counts under five are "<5".
 */
export async function questionsReport(store: Store, period: Period) {
  const [weeks, sources] = await Promise.all([
    store.questionWeeks(period),
    store.questionSources(period),
  ])
  return {
    weeks: weeks.map((row) => ({
      week: isoWeek(row.monday),
      monday: new Date(row.monday * day).toISOString().slice(0, 10),
      asked: suppress(row.asked),
      answered: suppress(row.answered),
      answeredShare: answeredShare(row.asked, row.answered),
    })),
    sources: sources.map((row) => {
      const [type = '', slug = ''] = row.content.split('/')
      return { source: row.content, type, slug, opened: suppress(row.opened) }
    }),
  }
}
