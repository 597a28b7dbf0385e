// The "Spørg" section of Indsigt rendered on the server: weeks in words, shares as percents,
// "<5" as the API sends it, sources by kind, and captions on both tables, in Danish and English.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { QuestionsSection } from '../../cms/admin/insights/QuestionsSection.tsx'
import { percent, sourceName, weekName } from '../../cms/admin/insights/questionRows.ts'
import { questionsMessages } from '../../cms/admin/insights/questionsMessages.ts'
import type { QuestionStats } from '../../cms/admin/insights/trackingStats.ts'

const stats: QuestionStats = {
  from: '2026-11-01T00:00:00.000Z',
  to: null,
  weeks: [
    { week: '2026-W48', monday: '2026-11-23', asked: 96, answered: 71, answeredShare: 0.74 },
    { week: '2027-W01', monday: '2027-01-04', asked: 6, answered: '<5', answeredShare: null },
  ],
  sources: [
    { source: 'faqs/ferie-som-ledig', type: 'faqs', slug: 'ferie-som-ledig', opened: 23 },
    { source: 'guides/ny', type: 'guides', slug: 'ny', opened: '<5' },
  ],
}

const render = (data: QuestionStats, locale: 'da' | 'en') =>
  renderToStaticMarkup(
    createElement(QuestionsSection, { stats: data, t: questionsMessages[locale] }),
  )

describe('the question statistics in Indsigt', () => {
  it('name weeks, shares and sources in words', () => {
    expect(weekName('2026-W05', questionsMessages.da)).toBe('Uge 5, 2026')
    expect(weekName('2026-W49', questionsMessages.en)).toBe('Week 49, 2026')
    expect(percent(0.745)).toBe('75 %')
    expect(percent(null)).toBe('–')
    const faq = { type: 'faqs', slug: 'ferie-som-ledig' }
    expect(sourceName(faq, questionsMessages.da)).toBe('FAQ: ferie-som-ledig')
    expect(sourceName({ type: 'checklists', slug: 'cv' }, questionsMessages.da)).toBe(
      'Tjekliste: cv',
    )
    expect(sourceName({ type: 'guides', slug: 'ny' }, questionsMessages.en)).toBe('guides: ny')
  })

  it('show a table per week and one of sources, with captions, in Danish and English', () => {
    const da = render(stats, 'da')
    expect(da).toContain(
      '<caption style="text-align:left;font-weight:600;padding:4px 0">Spørgsmål pr. uge</caption>',
    )
    expect(da).toContain(
      '<tr><th scope="row">Uge 48, 2026</th><td>96</td><td>71</td><td>74 %</td></tr>',
    )
    expect(da).toContain(
      '<tr><th scope="row">Uge 1, 2027</th><td>6</td><td>&lt;5</td><td>–</td></tr>',
    )
    expect(da).toContain('Kilder åbnet fra et svar</caption>')
    expect(da).toContain('<tr><th scope="row">FAQ: ferie-som-ledig</th><td>23</td></tr>')
    expect(da).toContain('<tr><th scope="row">guides: ny</th><td>&lt;5</td></tr>')
    expect(da.match(/<th scope="col">/g)).toHaveLength(6)

    const en = render(stats, 'en')
    expect(en).toContain('Questions per week</caption>')
    expect(en).toContain('<th scope="col">Share answered</th>')
    expect(en).toContain('<tr><th scope="row">Week 48, 2026</th>')
    expect(en).toContain('Sources opened from an answer</caption>')
  })

  it('say so when there are no questions or no sources, and draw no empty table', () => {
    const html = render({ from: null, to: null, weeks: [], sources: [] }, 'da')
    expect(html).toContain('Ingen spørgsmål i perioden.')
    expect(html).toContain('Ingen kilder åbnet i perioden.')
    expect(html).not.toContain('<table')
    expect(html).toContain('<h2 id="questions-heading">Spørg: får borgerne svar?</h2>')
  })
})
