import type { Page } from '@playwright/test'
import { runAxe } from '../checks/axe.ts'
import { sidewaysScroll } from '../checks/textResize.ts'
import type { Finding } from './findings.ts'
import { record } from './record.ts'

/**
 * Runs axe on the page in the state it is in now (and, at 320 px, the reflow check), records it for the report under `label`
 * (with the viewport) and returns the violations, so a test can check every state first and
 * fail once at the end with all of them.
 */
export async function checkState(page: Page, label: string): Promise<Finding[]> {
  const size = page.viewportSize()
  const { rules, findings } = await runAxe(page)
  // At a phone's width every state must also fit without scrolling sideways (1.4.10).
  if ((size?.width ?? 0) <= 320) findings.push(...(await sidewaysScroll(page)))
  return record(page, {
    layer: 'states',
    page: new URL(page.url()).pathname.replace(/(.)\/$/, '$1'),
    state: `${label} at ${size?.width}×${size?.height}`,
    rules: (size?.width ?? 0) <= 320 ? [...rules, 'reflow'] : rules,
    findings,
  })
}
