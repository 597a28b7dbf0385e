/** The smallest count shown as a number; anything below is "<5" so no one can be singled out. */
export const minimumCount = 5

/** A count of subjects, or "<5" when fewer than five. */
export type Count = number | '<5'

/** Shows a count only when at least five subjects make it up. */
export function suppress(count: number): Count {
  return count >= minimumCount ? count : '<5'
}
