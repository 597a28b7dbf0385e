import { minimumCount, suppress, type Count } from '../suppress.ts'
import { chanceToBeat } from './chanceToBeat.ts'
import { differenceInterval } from './difference.ts'
import { sampleRatio } from './sampleRatio.ts'
import { wilsonInterval } from './wilson.ts'

/** A variant as the editor configured it: its key and its share of citizens (any scale). */
export type ConfiguredVariant = { key: string; share: number }

/** Citizens of one variant who started, and how many of them reached the outcome. */
export type VariantTally = { variant: string; started: number; reached: number }

/** How a variant compares with the first: a verdict at 95 %, or too few citizens yet. */
type Verdict = 'too_few' | 'better' | 'worse' | 'unclear'

/** Above this chance a variant is called better than the first (below 1 − it, worse). */
const decisiveChance = 0.95

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

/** The rate and its Wilson interval, only when both counts are shown (five or more). */
function rateOf(tally: VariantTally) {
  if (tally.started < minimumCount || tally.reached < minimumCount) return null
  const interval = wilsonInterval(tally.reached, tally.started)
  return {
    rate: round(tally.reached / tally.started, 4),
    low: round(interval.low, 4),
    high: round(interval.high, 4),
  }
}

/** How many more citizens a variant needs; the whole minimum while its count is "<5". */
function neededOf(started: number, minimum: number): number {
  if (started < minimumCount) return minimum
  return Math.max(0, minimum - started)
}

/** Whether a tally can be compared: enough citizens, and counts that may be shown. */
const comparable = (tally: VariantTally, minimum: number) =>
  tally.started >= minimum && tally.reached >= minimumCount

/** The comparison of one variant with the first, or too few citizens to say. */
function compare(first: VariantTally, tally: VariantTally, minimum: number) {
  if (!comparable(first, minimum) || !comparable(tally, minimum))
    return { verdict: 'too_few' as Verdict, difference: null, chanceToBeatFirst: null }
  const a = { successes: first.reached, trials: first.started }
  const b = { successes: tally.reached, trials: tally.started }
  const difference = differenceInterval(a, b)
  const chance = chanceToBeat(a, b)
  const verdict: Verdict =
    chance >= decisiveChance ? 'better' : chance <= 1 - decisiveChance ? 'worse' : 'unclear'
  return {
    verdict,
    difference: {
      estimate: round(difference.estimate, 4),
      low: round(difference.low, 4),
      high: round(difference.high, 4),
    },
    chanceToBeatFirst: round(chance, 3),
  }
}

/**
 * An experiment's read-out from per-variant counts: per configured variant (in the configured
 * order; the first is the one compared against) the citizens started and reaching the
 * outcome (counts under five as "<5"), the rate with its 95 % Wilson interval, how many more
 * citizens it needs before a comparison (`minimum` each), and against the first variant the
 * difference with its 95 % Newcombe interval and the Bayesian chance to beat it. Starts in
 * variants not configured are counted apart. The split is tested against the shares.
 */
export function compareVariants(
  configured: ConfiguredVariant[],
  tallies: VariantTally[],
  minimum: number,
) {
  const byKey = new Map(tallies.map((tally) => [tally.variant, tally]))
  const rows = configured.map(
    (variant) => byKey.get(variant.key) ?? { variant: variant.key, started: 0, reached: 0 },
  )
  const keys = new Set(configured.map((variant) => variant.key))
  const unconfigured = tallies
    .filter((tally) => !keys.has(tally.variant))
    .reduce((sum, tally) => sum + tally.started, 0)
  const split = sampleRatio(
    rows.map((row) => row.started),
    configured.map((variant) => variant.share),
  )
  const first = rows[0]
  return {
    minimumSample: minimum,
    sampleRatio: { pValue: round(split.pValue, 6), mismatch: split.mismatch },
    unconfiguredStarted: suppress(unconfigured) satisfies Count,
    variants: rows.map((row, i) => ({
      variant: row.variant,
      share: configured[i]!.share,
      started: suppress(row.started),
      reached: suppress(row.reached),
      rate: rateOf(row),
      needed: neededOf(row.started, minimum),
      comparison: i === 0 || !first ? null : compare(first, row, minimum),
    })),
  }
}
