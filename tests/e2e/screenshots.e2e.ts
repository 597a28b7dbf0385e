import { test } from '@playwright/test'
import { answer, hydrated } from './helpers.ts'

/**
 * Phone-sized screenshots for people to look at (not compared): the front page, a flow plan
 * and a lesson, written to reports/screenshots/. `npx playwright test screenshots` makes them.
 */
test.use({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
})

const out = (name: string) => `reports/screenshots/${name}.png`

test('front page, flow plan and lesson on a phone', async ({ page }) => {
  await page.goto('/')
  await page.screenshot({ path: out('front-page'), fullPage: true })
  await page.locator('main a.button[href="/forloeb/ny-paa-dagpenge"]').click()
  await hydrated(page)
  await page.screenshot({ path: out('flow-question') })
  await answer(page, 'Nej')
  await answer(page, 'Kun jobcentret')
  await answer(page, 'Nej')
  await page.locator('.jf-plan').waitFor()
  await page.screenshot({ path: out('flow-plan'), fullPage: true })
  await page.locator('.jf-plan [data-step="a-kasse"] h3 a').click()
  await page.screenshot({ path: out('lesson'), fullPage: true })
})
