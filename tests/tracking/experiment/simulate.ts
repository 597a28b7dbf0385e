import type { VariantTally } from '../../../tracking/stats/experiment/compareVariants.ts'

/** A seeded uniform generator in [0, 1) (mulberry32), so simulations repeat exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** How many of `trials` Bernoulli(p) draws succeed. */
export function binomial(random: () => number, trials: number, p: number): number {
  let successes = 0
  for (let i = 0; i < trials; i++) if (random() < p) successes++
  return successes
}

/** One simulated experiment: per variant `citizens` starts, each reaching the outcome with its rate. */
export function simulateExperiment(
  random: () => number,
  rates: Record<string, number>,
  citizens: number,
): VariantTally[] {
  return Object.entries(rates).map(([variant, rate]) => ({
    variant,
    started: citizens,
    reached: binomial(random, citizens, rate),
  }))
}
