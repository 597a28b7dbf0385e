const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * True when a date-time that already matches the event schema's pattern names a day that
 * exists (the pattern allows 31 in every month; Date.parse would roll 02-31 into March).
 * @example hasRealDate('2026-02-29T10:00:00Z') // false
 */
export function hasRealDate(at: string): boolean {
  const day = Number(at.slice(8, 10))
  if (day <= 28) return true
  const month = Number(at.slice(5, 7))
  if (month !== 2) return day <= daysInMonth[month - 1]!
  const year = Number(at.slice(0, 4))
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return day <= (leap ? 29 : 28)
}
