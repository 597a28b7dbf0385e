import type { Page } from '@playwright/test'
import type { Finding } from '../lib/findings.ts'
import { installHelpers, type InPage } from '../lib/inPage.ts'
import { siteRules } from '../lib/siteRules.ts'

type Problem = {
  rule: 'heading-one-h1' | 'heading-levels'
  element: string
  html: string
  message: string
}

function inspect(): Problem[] {
  const h = (window as unknown as { __a11y: InPage }).__a11y
  // Headings in the accessibility tree: h1–h6 and role="heading", not hidden from it.
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
    .filter(
      (el) =>
        !el.closest('[aria-hidden="true"]') && el.checkVisibility({ checkVisibilityCSS: true }),
    )
    .map((el) => ({
      el,
      level: Number(el.getAttribute('aria-level') ?? el.tagName.slice(1)) || 2,
    }))
  const problems: Problem[] = []
  const ones = headings.filter((x) => x.level === 1)
  if (ones.length !== 1) {
    const el = ones[1]?.el ?? document.body
    problems.push({
      rule: 'heading-one-h1',
      element: h.selectorOf(el),
      html: h.htmlOf(el),
      message: `The page has ${ones.length} h1 headings; it needs exactly one.`,
    })
  }
  let previous = 0
  for (const { el, level } of headings) {
    if (level > previous + 1) {
      problems.push({
        rule: 'heading-levels',
        element: h.selectorOf(el),
        html: h.htmlOf(el),
        message: `An h${level} follows ${previous === 0 ? 'no heading' : `an h${previous}`}: level ${previous + 1} is skipped.`,
      })
    }
    previous = level
  }
  return problems
}

/** One h1 per page and no skipped heading levels, in the order a screen reader lists them. */
export async function checkHeadings(page: Page): Promise<Finding[]> {
  await installHelpers(page)
  const problems = await page.evaluate(inspect)
  return problems.map((p) => ({ ...p, runner: 'site', ...siteRules[p.rule] }))
}
