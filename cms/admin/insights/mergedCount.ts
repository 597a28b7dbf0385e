import type { Count } from './trackingStats.ts'

/**
 * A count made of several of the tracking API's counts: exact when every part was, else the
 * range it lies in (each "<5" part is 0 to 4). A plan group merges the answer groups that got
 * the same plan, so its counts are sums.
 */
export type MergedCount = Count | { low: number; high: number }

const lowOf = (count: MergedCount) =>
  typeof count === 'number' ? count : count === '<5' ? 0 : count.low
const highOf = (count: MergedCount) =>
  typeof count === 'number' ? count : count === '<5' ? 4 : count.high

/** The sum of counts, keeping the "<5" rule: a sum that may be under 5 is never exact. */
export function sumCounts(counts: readonly MergedCount[]): MergedCount {
  const low = counts.reduce<number>((total, count) => total + lowOf(count), 0)
  const high = counts.reduce<number>((total, count) => total + highOf(count), 0)
  if (high < 5) return '<5'
  return low === high ? low : { low, high }
}

/** A count as shown: "12", "<5", "12–15", or "<9" when the range starts under 5. */
export function countText(count: MergedCount): string {
  if (typeof count !== 'object') return String(count)
  return count.low < 5 ? `<${count.high + 1}` : `${count.low}–${count.high}`
}

/** A count as a bar's length: "<5" as 2, a range as its middle. */
export function countSize(count: MergedCount): number {
  return (lowOf(count) + highOf(count)) / 2
}
