import type { CheckRecord, Layer } from './findings.ts'
import { siteRules } from './siteRules.ts'

const siteRuleIds = new Set(Object.keys(siteRules))

/** Counts of a run, as summary.json holds them and `npm test` prints them. */
export type Summary = {
  generatedAt: string
  durationSeconds: number
  /** Distinct pages checked by any layer. */
  pages: number
  /** Interactive states checked (axe states and keyboard walks). */
  states: number
  /** Rules checked: axe rule ids that ran, HTML_CodeSniffer WCAG2AA sniffs, our own checks. */
  rules: { total: number; axe: number; htmlcs: number; site: number }
  errors: number
  layers: Record<Layer, { checked: number; errors: number }>
  /** Test outcomes for `npm test`: Playwright tests plus one per page pa11y-ci tested. */
  tests: { passed: number; failed: number; skipped: number }
  /** Seeded faults: whether each layer reported what it should. */
  faults: { fault: string; layer: Layer; expected: string[]; caught: boolean }[]
}

const layers: Layer[] = ['pages', 'states', 'keyboard', 'checks']

/** Sums up the records of the real site (the seeded faults are counted apart). */
export function summarise(
  records: CheckRecord[],
  faults: Summary['faults'],
  tests: Summary['tests'],
  htmlcsSniffs: number,
  durationSeconds: number,
): Summary {
  const rules = new Set(records.flatMap((r) => r.rules))
  const axe = [...rules].filter((r) => !r.startsWith('htmlcs:') && !siteRuleIds.has(r))
  const site = [...rules].filter((r) => siteRuleIds.has(r))
  return {
    generatedAt: new Date().toISOString(),
    durationSeconds,
    pages: new Set(records.map((r) => r.page)).size,
    states: records.filter((r) => r.layer === 'states' || r.layer === 'keyboard').length,
    rules: {
      total: axe.length + htmlcsSniffs + site.length,
      axe: axe.length,
      htmlcs: htmlcsSniffs,
      site: site.length,
    },
    errors: records.reduce((n, r) => n + r.findings.length, 0),
    layers: Object.fromEntries(
      layers.map((layer) => {
        const mine = records.filter((r) => r.layer === layer)
        return [
          layer,
          { checked: mine.length, errors: mine.reduce((n, r) => n + r.findings.length, 0) },
        ]
      }),
    ) as Summary['layers'],
    tests,
    faults,
  }
}
