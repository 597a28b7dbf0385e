import type { Page } from '@playwright/test'
import type { Finding } from '../lib/findings.ts'
import { checkCaptions } from './captions.ts'
import { checkHeadings } from './headings.ts'
import { checkLang } from './lang.ts'
import { checkReducedMotion } from './reducedMotion.ts'
import { checkTargetSize } from './targetSize.ts'
import { checkTextResize } from './textResize.ts'

/**
 * Layer 4's checks on `path`: loaded with reduced motion at the page's current (phone) size,
 * then target size and text resize again at 1280×800. Captions only where the page has a video.
 */
export async function runPageChecks(
  page: Page,
  path: string,
): Promise<{ findings: Finding[]; hasVideo: boolean }> {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(path)
  await page.waitForLoadState('networkidle')
  const hasVideo = (await page.locator('video').count()) > 0
  const findings = [
    ...(await checkHeadings(page)),
    ...(await checkLang(page)),
    ...(await checkTargetSize(page)),
    ...(await checkReducedMotion(page)),
    ...(hasVideo ? await checkCaptions(page) : []),
  ]
  await page.setViewportSize({ width: 1280, height: 800 })
  findings.push(...(await checkTargetSize(page)))
  findings.push(...(await checkTextResize(page)))
  return { findings, hasVideo }
}
