import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import type { CheckRecord, Finding } from './findings.ts'
import { rawDir, reportDir, shotsDir } from './paths.ts'

const id = (...parts: string[]) =>
  createHash('sha1').update(parts.join('\n')).digest('hex').slice(0, 12)

/**
 * Takes a screenshot of each finding's element while the page is still in the state that
 * failed (at most 20 per state), and returns the findings with their screenshot paths.
 */
export async function withScreenshots(page: Page, findings: Finding[]): Promise<Finding[]> {
  mkdirSync(shotsDir, { recursive: true })
  const out: Finding[] = []
  for (const [index, finding] of findings.entries()) {
    if (index >= 20) {
      out.push(finding)
      continue
    }
    const file = path.join(
      shotsDir,
      `${id(page.url(), finding.rule, finding.element, String(index))}.png`,
    )
    try {
      const target = page.locator(finding.element).first()
      await target.screenshot({ path: file, timeout: 1500, animations: 'disabled' })
      out.push({ ...finding, screenshot: path.relative(reportDir, file) })
    } catch {
      out.push(finding) // the element is gone, hidden or not a CSS selector: no picture
    }
  }
  return out
}

/**
 * Writes one checked page-and-state for the report (reports/a11y/raw/records, or raw/faults for
 * the seeded faults), with element screenshots of its findings. Returns the findings.
 */
export async function record(
  page: Page,
  entry: CheckRecord,
  kind: 'records' | 'faults' = 'records',
): Promise<Finding[]> {
  const findings = await withScreenshots(page, entry.findings)
  const dir = path.join(rawDir, kind)
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${entry.layer}-${id(entry.page, entry.state)}.json`)
  // One spelling per page (`/en`, not `/en/`), so the report counts each page once.
  const pagePath = entry.page.replace(/(.)\/$/, '$1')
  writeFileSync(file, JSON.stringify({ ...entry, page: pagePath, findings }, null, 1))
  return findings
}
