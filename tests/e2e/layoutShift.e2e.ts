import { expect, test, type Page } from '@playwright/test'
import { hydrated } from './helpers.ts'

/** Layout shifts not caused by input since the page started loading (Chromium's CLS entries). */
async function shiftsSinceLoad(page: Page): Promise<{ value: number; nodes: string[] }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        type Shift = PerformanceEntry & {
          value: number
          hadRecentInput: boolean
          sources: { node?: Node | null }[]
        }
        new PerformanceObserver((list) => {
          const shifts = (list.getEntries() as Shift[])
            .filter((entry) => !entry.hadRecentInput)
            .map((entry) => ({
              value: entry.value,
              nodes: entry.sources.map((source) =>
                source.node instanceof Element ? source.node.outerHTML.slice(0, 80) : '',
              ),
            }))
          resolve(shifts)
        }).observe({ type: 'layout-shift', buffered: true })
        // No entry at all: the observer never calls back.
        setTimeout(() => resolve([]), 500)
      }),
  )
}

/** One page of every type, in both languages where the type has its own script or layout. */
const pages = [
  '/',
  '/forloeb/ny-paa-dagpenge',
  '/en/flows/klart-jobmaal',
  '/laer/din-a-kasse',
  '/kurser/find-job-paa-egen-haand',
  '/video/jobloggen-kort-fortalt',
  '/tjekliste/god-ansoegning',
  '/spoergsmaal',
  '/soeg',
  '/mine-data',
  '/en/my-data',
  '/tilgaengelighed',
  '/findes-ikke', // the 404 page
]

for (const path of pages) {
  test(`${path}: nothing on the page moves while it loads and its scripts fill it in`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 823 })
    await page.goto(path)
    if (path.includes('flow') || path.includes('forloeb')) await hydrated(page)
    await page.waitForLoadState('load')
    await page.evaluate(() => document.fonts.ready)
    // Scripts that fill the page after load (Mine data asks the device, then maybe the server).
    await page.waitForLoadState('networkidle')
    expect(await shiftsSinceLoad(page)).toEqual([])
  })
}
