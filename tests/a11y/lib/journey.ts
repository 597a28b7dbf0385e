import { expect, type Locator, type Page } from '@playwright/test'
import { focusNow } from '../checks/focus.ts'
import type { Finding } from './findings.ts'
import { siteRules } from './siteRules.ts'

/**
 * A keyboard-only walk through the site that remembers every step: after each key press it
 * asserts where focus is and reads from computed styles whether it can be seen.
 */
export class Journey {
  readonly findings: Finding[] = []
  readonly steps: string[] = []
  readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  /** Presses a key (or several, in order) on whatever has focus. */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key)
  }

  /**
   * Expects focus on `target` after `action`, visible (unless `quiet`: a container focused only
   * so reading continues there, like <main> after the skip link) and on screen.
   */
  async focusOn(action: string, target: Locator, options: { quiet?: boolean } = {}): Promise<void> {
    this.steps.push(action)
    await expect(target, `after ${action}`).toBeFocused()
    const state = await focusNow(this.page)
    const add = (rule: 'focus-visible' | 'focus-not-obscured', message: string) =>
      this.findings.push({
        rule,
        runner: 'site',
        ...siteRules[rule],
        element: state.element,
        html: state.html,
        message: `After ${action}: ${message}`,
      })
    if (!options.quiet && !state.indicator)
      add('focus-visible', 'focus is here but nothing shows it.')
    if (!state.onScreen) add('focus-not-obscured', 'the focused element is off screen or covered.')
  }

  /** Presses `key` until `target` has focus (at most `max` times), checking each stop on the way. */
  async tabUntil(action: string, target: Locator, key = 'Tab', max = 40): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press(key)
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
        await this.focusOn(action, target)
        return
      }
      const state = await focusNow(this.page)
      if (state.element !== 'body' && !state.indicator)
        this.findings.push({
          rule: 'focus-visible',
          runner: 'site',
          ...siteRules['focus-visible'],
          element: state.element,
          html: state.html,
          message: `On the way to ${action}: focus is here but nothing shows it.`,
        })
    }
    throw new Error(`${key} never reached the target of "${action}" in ${max} presses`)
  }
}
