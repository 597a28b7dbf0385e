import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../../lib/chromium.ts'
import type { Pa11yPage } from './pa11y.ts'
import { withScreenshots } from './record.ts'

/** Opens each page pa11y-ci found errors on and takes a screenshot of each failing element. */
export async function shootPa11yFindings(pages: Pa11yPage[]): Promise<Pa11yPage[]> {
  if (!pages.some((p) => p.findings.length > 0)) return pages
  const browser = await chromium.launch(chromiumLaunchOptions())
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1024 } })
    const page = await context.newPage()
    const out: Pa11yPage[] = []
    for (const result of pages) {
      if (result.findings.length === 0) {
        out.push(result)
        continue
      }
      await page.goto(result.url)
      out.push({ ...result, findings: await withScreenshots(page, result.findings) })
    }
    return out
  } finally {
    await browser.close()
  }
}
