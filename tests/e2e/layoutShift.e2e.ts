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

for (const path of [
  '/',
  '/forloeb/ny-paa-dagpenge',
  '/laer/din-a-kasse',
  '/en/flows/klart-jobmaal',
]) {
  test(`${path}: nothing on the page moves while it loads and the flow island starts`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 823 })
    await page.goto(path)
    if (path.includes('flow') || path.includes('forloeb')) await hydrated(page)
    await page.waitForLoadState('load')
    await page.evaluate(() => document.fonts.ready)
    expect(await shiftsSinceLoad(page)).toEqual([])
  })
}
