import { wilsonInterval, z95, type Interval } from './wilson.ts'

/** Successes out of trials for one group. */
export type Tally = { successes: number; trials: number }

/**
 * The difference of two proportions, `b − a`, with Newcombe's hybrid score interval (his
 * method 10: the Wilson intervals of each proportion combined by "square-and-add"). It keeps
 * close to its nominal coverage at small counts and rates near 0 or 1, where the normal
 * approximation (Wald) does not. `tests/tracking/experiment.stats.test.ts` checks 93–97 %.
 */
export function differenceInterval(a: Tally, b: Tally, z = z95): Interval & { estimate: number } {
  const pa = a.successes / a.trials
  const pb = b.successes / b.trials
  const wa = wilsonInterval(a.successes, a.trials, z)
  const wb = wilsonInterval(b.successes, b.trials, z)
  const estimate = pb - pa
  return {
    estimate,
    low: estimate - Math.sqrt((pb - wb.low) ** 2 + (wa.high - pa) ** 2),
    high: estimate + Math.sqrt((wb.high - pb) ** 2 + (pa - wa.low) ** 2),
  }
}
