// The Indsigt sections rendered on the server, as Payload renders the view: the sentences,
// the table's numbers and "<5", and the answer groups named in words.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { AnswerGroupsSection } from '../../cms/admin/insights/AnswerGroupsSection.tsx'
import { ExperimentSection } from '../../cms/admin/insights/ExperimentSection.tsx'
import { experimentMessages } from '../../cms/admin/insights/experimentMessages.ts'
import { groupsMessages } from '../../cms/admin/insights/groupsMessages.ts'
import { planFunnels } from '../../cms/admin/insights/planFunnels.ts'
import { questionWords } from '../../cms/admin/insights/readGroups.ts'
import type { ExperimentStats } from '../../cms/admin/insights/trackingStats.ts'

const stats: ExperimentStats = {
  flow: 'kort-tid-ledig',
  from: null,
  to: null,
  outcome: 'flow_completed',
  minimumSample: 100,
  sampleRatio: { pValue: 0.4, mismatch: false },
  unconfiguredStarted: '<5',
  variants: [
    {
      variant: 'a',
      share: 50,
      started: 400,
      reached: 120,
      rate: { rate: 0.3, low: 0.257, high: 0.347 },
      needed: 0,
      comparison: null,
    },
    {
      variant: 'b',
      share: 50,
      started: 410,
      reached: 140,
      rate: { rate: 0.341, low: 0.297, high: 0.389 },
      needed: 0,
      comparison: {
        verdict: 'unclear',
        difference: { estimate: 0.041, low: -0.023, high: 0.104 },
        chanceToBeatFirst: 0.898,
      },
    },
  ],
}

describe('the Indsigt sections', () => {
  it('show the experiment as sentences, chart and table, in Danish and English', () => {
    for (const locale of ['da', 'en'] as const) {
      const html = renderToStaticMarkup(
        createElement(ExperimentSection, {
          stats,
          t: experimentMessages[locale],
          locale,
          hypothesis: 'Kortere start, flere gennemfører.',
          since: '2026-12-01T09:00:00.000Z',
        }),
      )
      expect(html).toContain(
        locale === 'da'
          ? 'b ser bedre ud: 90 % sandsynlighed for, at b er bedre.'
          : 'b looks better: 90 % probability that b is better.',
      )
      expect(html).toContain('<td>30 % (26 %–35 %)</td>')
      expect(html).toContain('<td>+4 (−2; +10)</td>')
      expect(html).toContain('aria-hidden="true"')
      expect(html).toContain('Kortere start, flere gennemfører.')
    }
  })

  it('name answer groups in words when no path map names plans, with "Øvrige" and the alternative flow', () => {
    const html = renderToStaticMarkup(
      createElement(AnswerGroupsSection, {
        stats: planFunnels({
          flow: 'x',
          questions: ['behov'],
          groups: [
            {
              answers: [
                { question: 'behov', value: 'cv+sprog' },
                { question: 'ledig', value: 'yes' },
              ],
              subjects: 12,
              started: 12,
              completed: '<5',
              steps: [{ step: 'cv', viewed: 12, completed: 9 }],
            },
            { answers: null, subjects: 6, started: 6, completed: '<5', steps: [] },
          ],
        }),
        alternative: { offered: 14, taken: 8, completed: '<5' },
        words: questionWords(
          [
            {
              key: 'behov',
              type: 'multi',
              prompt: 'Hvad har du brug for?',
              options: [
                { value: 'cv', label: 'CV' },
                { value: 'sprog', label: 'Sprog' },
              ],
            },
            { key: 'ledig', type: 'yesno', prompt: 'Er du ledig?' },
          ],
          groupsMessages.da,
        ),
        stepTitles: { cv: 'Skriv dit CV' },
        t: groupsMessages.da,
      }),
    )
    expect(html).toContain('Hvad har du brug for? CV + Sprog · Er du ledig? Ja (12 borgere)')
    expect(html).toContain('Øvrige (6 borgere)')
    expect(html).toContain('<th scope="row">Skriv dit CV</th><td>12</td><td>9</td>')
    expect(html).toContain('<th scope="row">Gennemførte det</th><td>&lt;5</td>')
  })
})
