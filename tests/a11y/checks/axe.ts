import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import type { Finding } from '../lib/findings.ts'
import { criterionFromAxeTags } from '../lib/wcag.ts'
import { wcagTags } from '../../lib/wcagTags.ts'

/** What one axe run found and which rules it ran. */
export type AxeOutcome = { rules: string[]; findings: Finding[]; review: Finding[] }

/**
 * Runs axe with the WCAG 2.2 A/AA tags on the page as it is now. Violations are findings;
 * "needs review" results (axe could not decide, e.g. text over an image) go to `review`, which
 * the report lists for a person to look at but which does not fail the run. No rule is off.
 */
export async function runAxe(page: Page): Promise<AxeOutcome> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  const rules = [
    ...results.passes,
    ...results.violations,
    ...results.incomplete,
    ...results.inapplicable,
  ].map((r) => r.id)
  const toFindings = (list: typeof results.violations): Finding[] =>
    list.flatMap((rule) =>
      rule.nodes.map((node) => ({
        rule: rule.id,
        runner: 'axe' as const,
        criterion: criterionFromAxeTags(rule.tags),
        element: node.target.map(String).join(' '),
        html: node.html.slice(0, 300),
        message: `${rule.help}. ${node.failureSummary ?? ''}`.trim(),
        fix: `${rule.description}. See ${rule.helpUrl}`,
      })),
    )
  return {
    rules: [...new Set(rules)],
    findings: toFindings(results.violations),
    review: toFindings(results.incomplete),
  }
}
