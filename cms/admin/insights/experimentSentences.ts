import type { ExperimentStats } from './trackingStats.ts'

type Locale = 'da' | 'en'

/** Percent of a chance, whole (87 %), never 0 or 100 while some doubt is left. */
function percentOf(chance: number): number {
  const whole = Math.round(chance * 100)
  if (whole >= 100 && chance < 1) return 99
  if (whole <= 0 && chance > 0) return 1
  return whole
}

/** A difference in whole percentage points with its sign: "+8", "−1" (a real minus), "0". */
function points(difference: number): string {
  const whole = Math.round(difference * 100)
  if (whole > 0) return `+${whole}`
  if (whole < 0) return `−${-whole}`
  return '0'
}

/** Words for one locale. */
const words = {
  da: {
    tooFew: (name: string, needed: number, minimum: number) =>
      `For få endnu: ${name} mangler ${needed} borgere mere (mindst ${minimum} i hver variant, og mindst 5 der når målet).`,
    tooFewOutcome: (name: string) =>
      `For få endnu: færre end 5 i ${name} eller den første variant har nået målet.`,
    better: (name: string, chance: number) =>
      `${name} ser bedre ud: ${chance} % sandsynlighed for, at ${name} er bedre.`,
    worse: (name: string, first: string, chance: number) =>
      `${name} ser dårligere ud: ${chance} % sandsynlighed for, at ${first} er bedre.`,
    sure: 'Det er sikkert nok til at handle på (mindst 95 %).',
    unsure: 'Det er ikke sikkert endnu (under 95 %); vent på flere borgere.',
    interval: (low: string, high: string) =>
      `Forskellen er et sted mellem ${low} og ${high} procentpoint.`,
    mismatch:
      'Advarsel: Borgerne fordeler sig ikke på varianterne, som andelene siger (p < 0,001). Noget i opdelingen er galt, så sammenligningen kan ikke bruges.',
  },
  en: {
    tooFew: (name: string, needed: number, minimum: number) =>
      `Too few yet: ${name} needs ${needed} more citizens (at least ${minimum} in each variant, and at least 5 reaching the goal).`,
    tooFewOutcome: (name: string) =>
      `Too few yet: fewer than 5 in ${name} or the first variant have reached the goal.`,
    better: (name: string, chance: number) =>
      `${name} looks better: ${chance} % probability that ${name} is better.`,
    worse: (name: string, first: string, chance: number) =>
      `${name} looks worse: ${chance} % probability that ${first} is better.`,
    sure: 'That is certain enough to act on (at least 95 %).',
    unsure: 'It is not certain yet (under 95 %); wait for more citizens.',
    interval: (low: string, high: string) =>
      `The difference is somewhere between ${low} and ${high} percentage points.`,
    mismatch:
      'Warning: citizens are not split between the variants as the shares say (p < 0.001). Something in the split is wrong, so the comparison cannot be used.',
  },
} as const

/**
 * The experiment read out in plain sentences, one list per variant after the first, plus a
 * warning first when the split is broken. `names` gives each variant key a display name.
 * @example "B ser bedre ud: 87 % sandsynlighed for, at B er bedre. Det er ikke sikkert endnu
 * (under 95 %); vent på flere borgere. Forskellen er et sted mellem −1 og +8 procentpoint."
 */
export function experimentSentences(
  stats: ExperimentStats,
  locale: Locale,
  names: Record<string, string> = {},
): string[] {
  const w = words[locale]
  const name = (key: string) => names[key] ?? key
  const [first, ...others] = stats.variants
  if (!first) return []
  const sentences: string[] = stats.sampleRatio.mismatch ? [w.mismatch] : []
  for (const row of others) {
    const comparison = row.comparison
    if (!comparison) continue
    if (comparison.verdict === 'too_few' || !comparison.difference) {
      const lacking = [first, row].filter((variant) => variant.needed > 0)
      sentences.push(
        lacking.length > 0
          ? lacking
              .map((variant) =>
                w.tooFew(name(variant.variant), variant.needed, stats.minimumSample),
              )
              .join(' ')
          : w.tooFewOutcome(name(row.variant)),
      )
      continue
    }
    const chance = comparison.chanceToBeatFirst ?? 0.5
    const lead =
      chance >= 0.5
        ? w.better(name(row.variant), percentOf(chance))
        : w.worse(name(row.variant), name(first.variant), percentOf(1 - chance))
    const certainty = comparison.verdict === 'unclear' ? w.unsure : w.sure
    const { low, high } = comparison.difference
    sentences.push(`${lead} ${certainty} ${w.interval(points(low), points(high))}`)
  }
  return sentences
}
