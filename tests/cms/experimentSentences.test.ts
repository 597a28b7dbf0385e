import { describe, expect, it } from 'vitest'
import { experimentSentences } from '../../cms/admin/insights/experimentSentences.ts'
import type { ExperimentStats } from '../../cms/admin/insights/trackingStats.ts'

const stats = (
  second: Partial<ExperimentStats['variants'][number]>,
  mismatch = false,
): ExperimentStats => ({
  flow: 'ny-paa-dagpenge',
  from: null,
  to: null,
  outcome: 'flow_completed',
  minimumSample: 100,
  sampleRatio: { pValue: mismatch ? 0.00001 : 0.5, mismatch },
  unconfiguredStarted: '<5',
  variants: [
    {
      variant: 'a',
      share: 50,
      started: 400,
      reached: 120,
      rate: { rate: 0.3, low: 0.26, high: 0.35 },
      needed: 0,
      comparison: null,
    },
    {
      variant: 'b',
      share: 50,
      started: 410,
      reached: 140,
      rate: { rate: 0.34, low: 0.3, high: 0.39 },
      needed: 0,
      comparison: null,
      ...second,
    },
  ],
})

describe('the experiment in sentences', () => {
  it('reads out an unclear lead as the issue words it, in Danish and English', () => {
    const unclear = stats({
      comparison: {
        verdict: 'unclear',
        difference: { estimate: 0.035, low: -0.012, high: 0.078 },
        chanceToBeatFirst: 0.871,
      },
    })
    expect(experimentSentences(unclear, 'da', { a: 'A', b: 'B' })).toEqual([
      'B ser bedre ud: 87 % sandsynlighed for, at B er bedre. Det er ikke sikkert endnu (under 95 %); vent på flere borgere. Forskellen er et sted mellem −1 og +8 procentpoint.',
    ])
    expect(experimentSentences(unclear, 'en', { a: 'A', b: 'B' })).toEqual([
      'B looks better: 87 % probability that B is better. It is not certain yet (under 95 %); wait for more citizens. The difference is somewhere between −1 and +8 percentage points.',
    ])
  })

  it('says which is better when B looks worse, and when it is certain', () => {
    const worse = stats({
      comparison: {
        verdict: 'worse',
        difference: { estimate: -0.06, low: -0.1, high: -0.02 },
        chanceToBeatFirst: 0.012,
      },
    })
    expect(experimentSentences(worse, 'da')[0]).toBe(
      'b ser dårligere ud: 99 % sandsynlighed for, at a er bedre. Det er sikkert nok til at handle på (mindst 95 %). Forskellen er et sted mellem −10 og −2 procentpoint.',
    )
  })

  it('says "for få endnu" with how many more, and warns first of a broken split', () => {
    const few = stats(
      {
        started: 63,
        needed: 37,
        comparison: { verdict: 'too_few', difference: null, chanceToBeatFirst: null },
      },
      true,
    )
    const [warning, tooFew] = experimentSentences(few, 'da', { b: 'Kort' })
    expect(warning).toMatch(/^Advarsel: .*p < 0,001/)
    expect(tooFew).toBe(
      'For få endnu: Kort mangler 37 borgere mere (mindst 100 i hver variant, og mindst 5 der når målet).',
    )
    expect(experimentSentences(few, 'en')[1]).toMatch(/^Too few yet: b needs 37 more citizens/)
  })
})
