/** The two-sided 95 % normal quantile. */
export const z95 = 1.959963984540054

/** A closed interval of proportions or differences. */
export type Interval = { low: number; high: number }

/**
 * Wilson's score interval for a proportion of `successes` out of `trials` (95 % by default).
 * @example wilsonInterval(30, 100) // { low: 0.219…, high: 0.395… }
 */
export function wilsonInterval(successes: number, trials: number, z = z95): Interval {
  if (trials === 0) return { low: 0, high: 1 }
  const p = successes / trials
  const z2 = z * z
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials)
  const half =
    (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) }
}
