import { describe, expect, it } from 'vitest'
import { chanceToBeat } from '../../tracking/stats/experiment/chanceToBeat.ts'
import { chiSquareTail } from '../../tracking/stats/experiment/chiSquare.ts'
import { compareVariants } from '../../tracking/stats/experiment/compareVariants.ts'
import { differenceInterval } from '../../tracking/stats/experiment/difference.ts'
import { sampleRatio } from '../../tracking/stats/experiment/sampleRatio.ts'
import { wilsonInterval } from '../../tracking/stats/experiment/wilson.ts'
import { binomial, seededRandom, simulateExperiment } from './experiment/simulate.ts'

/** A Beta(a, b) draw for whole a and b: the a-th smallest of a + b − 1 uniforms, via gammas. */
function betaDraw(random: () => number, a: number, b: number): number {
  const gamma = (k: number) => {
    let sum = 0
    for (let i = 0; i < k; i++) sum -= Math.log(1 - random())
    return sum
  }
  const x = gamma(a)
  return x / (x + gamma(b))
}

const fiftyFifty = [
  { key: 'a', share: 50 },
  { key: 'b', share: 50 },
]

describe('the experiment statistics', () => {
  it('Wilson and chi-square agree with published values', () => {
    const wilson = wilsonInterval(30, 100)
    expect(wilson.low).toBeCloseTo(0.2189, 4)
    expect(wilson.high).toBeCloseTo(0.3958, 4)
    expect(chiSquareTail(3.841459, 1)).toBeCloseTo(0.05, 5)
    expect(chiSquareTail(5.991465, 2)).toBeCloseTo(0.05, 5)
    expect(chiSquareTail(16.266, 3)).toBeCloseTo(0.001, 5)
    expect(chiSquareTail(0.5, 4)).toBeCloseTo(0.9735, 4)
  })

  it("Newcombe's interval matches his worked example (56/70 vs 48/80)", () => {
    // Newcombe (1998), Statistics in Medicine 17:873, table II, example (a): 0.0524 to 0.3339.
    const d = differenceInterval({ successes: 48, trials: 80 }, { successes: 56, trials: 70 })
    expect(d.low).toBeCloseTo(0.0524, 4)
    expect(d.high).toBeCloseTo(0.3339, 4)
  })

  it('the exact chance to beat agrees with a Monte Carlo of the same posteriors', () => {
    const random = seededRandom(7)
    const cases = [
      [12, 40, 18, 45],
      [3, 30, 1, 25],
      [150, 500, 170, 500],
      [0, 10, 0, 10],
    ] as const
    for (const [xa, na, xb, nb] of cases) {
      const exact = chanceToBeat({ successes: xa, trials: na }, { successes: xb, trials: nb })
      let wins = 0
      const draws = 40_000
      for (let i = 0; i < draws; i++)
        if (betaDraw(random, xb + 1, nb - xb + 1) > betaDraw(random, xa + 1, na - xa + 1)) wins++
      expect(Math.abs(exact - wins / draws)).toBeLessThan(0.01)
    }
    expect(
      chanceToBeat({ successes: 40, trials: 100 }, { successes: 40, trials: 100 }),
    ).toBeCloseTo(0.5, 10)
  })

  it('200 A/A experiments call "better at 95 %" in at most about 5 % of them', () => {
    const random = seededRandom(2026)
    let better = 0
    for (let i = 0; i < 200; i++) {
      const tallies = simulateExperiment(random, { a: 0.3, b: 0.3 }, 400)
      if (compareVariants(fiftyFifty, tallies, 100).variants[1]!.comparison!.verdict === 'better')
        better++
    }
    expect(better / 200).toBeLessThanOrEqual(0.08)
  })

  it('over 200 experiments with a true difference the 95 % interval covers it in 93–97 %', () => {
    const random = seededRandom(11)
    let covered = 0
    for (let i = 0; i < 200; i++) {
      const tallies = simulateExperiment(random, { a: 0.3, b: 0.36 }, 600)
      const { low, high } = compareVariants(fiftyFifty, tallies, 100).variants[1]!.comparison!
        .difference!
      if (low <= 0.06 && 0.06 <= high) covered++
    }
    expect(covered / 200).toBeGreaterThanOrEqual(0.93)
    expect(covered / 200).toBeLessThanOrEqual(0.97)
  })

  it('in the long run (5,000 each): "better" in 4–6 % of A/A, coverage 94–96 %', () => {
    const random = seededRandom(5)
    let better = 0
    let covered = 0
    for (let i = 0; i < 5000; i++) {
      const aa = compareVariants(
        fiftyFifty,
        simulateExperiment(random, { a: 0.3, b: 0.3 }, 400),
        100,
      )
      if (aa.variants[1]!.comparison!.verdict === 'better') better++
      const ab = compareVariants(
        fiftyFifty,
        simulateExperiment(random, { a: 0.3, b: 0.36 }, 600),
        100,
      )
      const { low, high } = ab.variants[1]!.comparison!.difference!
      if (low <= 0.06 && 0.06 <= high) covered++
    }
    expect(better / 5000).toBeGreaterThanOrEqual(0.04)
    expect(better / 5000).toBeLessThanOrEqual(0.06)
    expect(covered / 5000).toBeGreaterThanOrEqual(0.94)
    expect(covered / 5000).toBeLessThanOrEqual(0.96)
  })

  it('flags a 45/55 split of 10,000 citizens configured 50/50, not a 50/50 one', () => {
    expect(sampleRatio([4500, 5500], [50, 50]).mismatch).toBe(true)
    expect(sampleRatio([5000, 5000], [50, 50]).mismatch).toBe(false)
    expect(sampleRatio([4960, 5040], [50, 50]).mismatch).toBe(false)
    expect(sampleRatio([10, 0], [0, 100]).mismatch).toBe(true)
  })

  it('says "too few" with how many more until each variant has the minimum', () => {
    const report = compareVariants(
      fiftyFifty,
      [
        { variant: 'a', started: 60, reached: 20 },
        { variant: 'b', started: 3, reached: 1 },
        { variant: 'old', started: 2, reached: 0 },
      ],
      100,
    )
    expect(report.variants[0]).toMatchObject({ started: 60, reached: 20, needed: 40 })
    expect(report.variants[1]).toMatchObject({
      started: '<5',
      reached: '<5',
      rate: null,
      needed: 100,
      comparison: { verdict: 'too_few', difference: null, chanceToBeatFirst: null },
    })
    expect(report.unconfiguredStarted).toBe('<5')
  })

  it('keeps the binomial helper honest', () => {
    expect(binomial(seededRandom(1), 10_000, 0.25) / 10_000).toBeCloseTo(0.25, 1)
  })
})
