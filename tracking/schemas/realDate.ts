/**
 * True when a date-time that already matches the event schema's pattern names a day that
 * exists (the pattern allows 31 in every month; Date.parse would roll 02-31 into March).
 * @example hasRealDate('2026-02-29T10:00:00Z') // false
 */
export function hasRealDate(at: string): boolean {
  const year = Number(at.slice(0, 4))
  const month = Number(at.slice(5, 7))
  const day = Number(at.slice(8, 10))
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}
