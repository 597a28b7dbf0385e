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

/** Loads `path` at phone size and waits until its scripts have filled it in. */
async function loadAndSettle(page: Page, path: string): Promise<void> {
  await page.setViewportSize({ width: 412, height: 823 })
  await page.goto(path)
  if (path.includes('flow') || path.includes('forloeb')) await hydrated(page)
  await page.waitForLoadState('load')
  await page.evaluate(() => document.fonts.ready)
  // Scripts that fill the page after load (Mine data asks the device, then maybe the server).
  await page.waitForLoadState('networkidle')
}

for (const path of pages) {
  test(`${path}: nothing on the page moves while it loads and its scripts fill it in`, async ({
    page,
  }) => {
    await loadAndSettle(page, path)
    expect(await shiftsSinceLoad(page)).toEqual([])
  })
}

/** A device that has been used: answers in two flows, steps done, items ticked. */
const savedDevice = {
  version: 1,
  subject: 'layoutShiftSubject01',
  answers: {
    'klart-jobmaal': {
      'hvor-sikker': 'helt-sikker',
      'har-papirer': 'yes',
      'hjaelp-til': ['styrker', 'kursus', 'jobsamtale'],
    },
    'ny-paa-dagpenge': { 'har-a-kasse': 'yes' },
  },
  completed: ['lessons/din-a-kasse', 'steps/klart-jobmaal/jobmaal', 'steps/klart-jobmaal/cv'],
  checked: { 'god-ansoegning': ['navn', 'start-staerkt', 'eksempler', 'krav'] },
}

for (const path of ['/mine-data', '/en/my-data']) {
  test(`${path} with saved data on the device: filling it in moves nothing`, async ({ page }) => {
    await page.addInitScript((saved) => {
      localStorage.setItem('jobunivers:v1', JSON.stringify(saved))
    }, savedDevice)
    await loadAndSettle(page, path)
    // The data is shown, so the test measured the page with it.
    await expect(page.locator('[data-answers] li')).toHaveCount(4)
    await expect(page.locator('[data-checked] li')).toHaveCount(4)
    expect(await shiftsSinceLoad(page)).toEqual([])
  })
}
