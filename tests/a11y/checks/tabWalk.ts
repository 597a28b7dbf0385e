import type { Page } from '@playwright/test'
import type { Finding } from '../lib/findings.ts'
import { installHelpers, type InPage } from '../lib/inPage.ts'
import { siteRules, type SiteRuleId } from '../lib/siteRules.ts'
import { focusNow, type FocusState } from './focus.ts'

type Stop = { key: string; element: string; html: string }

/** The page's tab stops as a browser makes them: one per radio group. */
function tabStops(): Stop[] {
  const h = (window as unknown as { __a11y: InPage }).__a11y
  const selector =
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, video[controls], [tabindex], [contenteditable="true"]'
  const groups = new Set<string>()
  const stops: Stop[] = []
  for (const el of document.querySelectorAll<HTMLElement>(selector)) {
    if (el.tabIndex < 0 || (el as HTMLInputElement).disabled || el.closest('[inert]')) continue
    if (!el.checkVisibility({ checkVisibilityCSS: true })) continue
    const radio = el instanceof HTMLInputElement && el.type === 'radio' && el.name !== ''
    if (radio && groups.has(el.name)) continue
    if (radio) groups.add(el.name)
    stops.push({
      key: radio ? `radio:${el.name}` : h.selectorOf(el),
      element: h.selectorOf(el),
      html: h.htmlOf(el),
    })
  }
  return stops
}

function focusKey(): string {
  const el = document.activeElement
  if (el instanceof HTMLInputElement && el.type === 'radio' && el.name !== '')
    return `radio:${el.name}`
  const h = (window as unknown as { __a11y: InPage }).__a11y
  return !el || el === document.body ? 'body' : h.selectorOf(el)
}

/** What one walk found: the stops in the order focus met them, and the problems. */
export type WalkResult = { visited: FocusState[]; findings: Finding[] }

const finding = (rule: SiteRuleId, element: string, html: string, message: string): Finding => ({
  rule,
  runner: 'site',
  ...siteRules[rule],
  element,
  html,
  message,
})

/**
 * Walks a freshly loaded page with Tab from the top, then back with Shift+Tab from the end: each stop must show a
 * visible focus indicator and be on screen, every stop must be reached, and focus must leave the
 * page at the end. Meeting a stop a second time before leaving is a keyboard trap.
 */
export async function walkTabOrder(page: Page): Promise<WalkResult> {
  await installHelpers(page)
  const stops = await page.evaluate(tabStops)
  const findings: Finding[] = []
  const visited: FocusState[] = []
  for (const key of ['Tab', 'Shift+Tab'] as const) {
    const seen: string[] = []
    let inMedia = 0
    for (let i = 0; i < stops.length + 40; i++) {
      await page.keyboard.press(key)
      const where = await page.evaluate(focusKey)
      if (where === 'body') break
      // A <video controls> keeps focus while Tab moves through its own (browser) controls.
      if (where === seen[seen.length - 1] && where.includes('video') && ++inMedia < 15) continue
      inMedia = 0
      if (seen.includes(where)) {
        // Chromium wraps from the first stop to the last on Shift+Tab without leaving the page:
        // a loop over every stop is the end of the page, a smaller loop is a trap.
        if (stops.every((s) => seen.includes(s.key))) break
        const state = await focusNow(page)
        const missed = stops.filter((s) => !seen.includes(s.key)).map((s) => s.element)
        findings.push(
          finding(
            'keyboard-trap',
            state.element,
            state.html,
            `${key} keeps focus in a loop (${seen.length - seen.indexOf(where)} stops); focus never leaves the page${missed.length ? ` and never reaches ${missed.slice(0, 3).join(', ')}` : ''}.`,
          ),
        )
        break
      }
      seen.push(where)
      if (key === 'Shift+Tab') continue
      const state = await focusNow(page)
      visited.push(state)
      if (!state.indicator)
        findings.push(
          finding(
            'focus-visible',
            state.element,
            state.html,
            'Focus is on this element but nothing shows it.',
          ),
        )
      if (!state.onScreen)
        findings.push(
          finding(
            'focus-not-obscured',
            state.element,
            state.html,
            'The focused element is off screen or covered.',
          ),
        )
    }
    if (findings.some((f) => f.rule === 'keyboard-trap')) break
    for (const stop of stops.filter((s) => !seen.includes(s.key)))
      findings.push(
        finding('keyboard-reach', stop.element, stop.html, `${key} never reaches this element.`),
      )
  }
  return { visited, findings }
}
