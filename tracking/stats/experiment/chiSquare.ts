import { logGamma } from './logBeta.ts'

/** Regularized lower incomplete gamma P(a, x) by its series (converges well for x < a + 1). */
function lowerSeries(a: number, x: number): number {
  let term = 1 / a
  let sum = term
  for (let n = 1; n < 10_000 && Math.abs(term) > Math.abs(sum) * 1e-15; n++) {
    term *= x / (a + n)
    sum += term
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a))
}

/** Regularized upper incomplete gamma Q(a, x) by Lentz's continued fraction (x ≥ a + 1). */
function upperFraction(a: number, x: number): number {
  const tiny = 1e-300
  let b = x + 1 - a
  let c = 1 / tiny
  let d = 1 / b
  let h = d
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a)
    b += 2
    d = an * d + b
    if (Math.abs(d) < tiny) d = tiny
    c = b + an / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < 1e-15) break
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h
}

/**
 * The chance of a chi-square statistic at least `statistic` with `degrees` degrees of freedom
 * (the upper tail, Q(k/2, x/2)).
 * @example chiSquareTail(3.841, 1) // ≈ 0.05
 */
export function chiSquareTail(statistic: number, degrees: number): number {
  if (statistic <= 0) return 1
  const a = degrees / 2
  const x = statistic / 2
  return x < a + 1 ? 1 - lowerSeries(a, x) : upperFraction(a, x)
}
