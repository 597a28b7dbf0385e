import { chiSquareTail } from './chiSquare.ts'

/** Below this p-value the observed split is called a sample-ratio mismatch. */
const mismatchThreshold = 0.001

/** What the split test found: the chi-square statistic, its p-value, and whether to warn. */
export type SampleRatio = { chiSquare: number; pValue: number; mismatch: boolean }

/**
 * Pearson's chi-square goodness-of-fit test of the observed starts per variant against the
 * configured shares (any positive numbers; they are normalised). A mismatch (p < 0.001)
 * means the split itself is broken, so the comparison cannot be trusted.
 * @example sampleRatio([4500, 5500], [50, 50]).mismatch // true
 */
export function sampleRatio(observed: number[], shares: number[]): SampleRatio {
  const total = observed.reduce((sum, n) => sum + n, 0)
  const shareSum = shares.reduce((sum, n) => sum + n, 0)
  let chiSquare = 0
  observed.forEach((count, i) => {
    const expected = (total * shares[i]!) / shareSum
    if (expected > 0) chiSquare += (count - expected) ** 2 / expected
    else if (count > 0) chiSquare = Infinity
  })
  const pValue =
    observed.length < 2 || total === 0
      ? 1
      : chiSquare === Infinity
        ? 0
        : chiSquareTail(chiSquare, observed.length - 1)
  return { chiSquare, pValue, mismatch: pValue < mismatchThreshold }
}
