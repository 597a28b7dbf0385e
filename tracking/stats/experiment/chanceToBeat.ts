import type { Tally } from './difference.ts'
import { logBeta } from './logBeta.ts'

/** The prior of each variant's rate: Beta(1, 1), every rate equally likely beforehand. */
const prior = { alpha: 1, beta: 1 } as const

/**
 * P(rate of b > rate of a) when each rate is Beta(prior + successes, prior + failures), the
 * beta-binomial posterior. Computed exactly with the closed-form sum for integer parameters
 * (Evan Miller, "Formulas for Bayesian A/B testing", 2015):
 * P = Σ_{i=0}^{αb−1} B(αa+i, βa+βb) / ((βb+i) · B(1+i, βb) · B(αa, βa)),
 * one term per success of b (summed over the smaller side). A Monte Carlo check is in the tests.
 */
export function chanceToBeat(a: Tally, b: Tally): number {
  const alphaA = prior.alpha + a.successes
  const betaA = prior.beta + a.trials - a.successes
  const alphaB = prior.alpha + b.successes
  const betaB = prior.beta + b.trials - b.successes
  // P(pb > pa) = 1 − P(pa > pb): sum over whichever side has fewer terms.
  if (alphaB > alphaA) return 1 - probabilityGreater(alphaB, betaB, alphaA, betaA)
  return probabilityGreater(alphaA, betaA, alphaB, betaB)
}

/** P(X_b > X_a) for X_a ~ Beta(αa, βa), X_b ~ Beta(αb, βb), αb a whole number. */
function probabilityGreater(alphaA: number, betaA: number, alphaB: number, betaB: number) {
  const base = logBeta(alphaA, betaA)
  let total = 0
  for (let i = 0; i < alphaB; i++) {
    total += Math.exp(
      logBeta(alphaA + i, betaA + betaB) - Math.log(betaB + i) - logBeta(1 + i, betaB) - base,
    )
  }
  return Math.min(1, Math.max(0, total))
}
