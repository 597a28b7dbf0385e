import type { Page } from '@playwright/test'
import { runAxe } from '../checks/axe.ts'
import type { Finding } from './findings.ts'
import { record } from './record.ts'

/**
 * Runs axe on the page in the state it is in now, records it for the report under `label`
 * (with the viewport) and returns the violations, so a test can check every state first and
 * fail once at the end with all of them.
 */
export async function checkState(page: Page, label: string): Promise<Finding[]> {
  const size = page.viewportSize()
  const { rules, findings } = await runAxe(page)
  return record(page, {
    layer: 'states',
    page: new URL(page.url()).pathname.replace(/(.)\/$/, '$1'),
    state: `${label} at ${size?.width}×${size?.height}`,
    rules,
    findings,
  })
}
