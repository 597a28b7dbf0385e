import { expect, test, type Page } from '@playwright/test'
import { answer, hydrated } from './helpers.ts'

/**
 * The front page, a flow question, a flow plan and a lesson on a phone (390 px): each view
 * shows what it is for, fits the screen without sideways scrolling, and is written as a
 * screenshot to reports/screenshots/ for people to look at (not compared pixel by pixel).
 * `npx playwright test screenshots` makes them.
 */
const phone = { width: 390, height: 844 }
test.use({ viewport: phone, deviceScaleFactor: 2, isMobile: true, hasTouch: true })

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) })

/** Checks that the page fits the phone's width, then writes its screenshot and checks that. */
async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  // Against the phone's width, not innerWidth: a mobile browser widens its layout viewport to
  // fit content that is too wide, and then nothing seems to overflow.
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width, `${name} is wider than the phone`).toBeLessThanOrEqual(phone.width)
  const png = await page.screenshot({ path: `reports/screenshots/${name}.png`, fullPage })
  const size = pngSize(png)
  expect(size.width).toBe(phone.width * 2)
  expect(size.height).toBeGreaterThanOrEqual(phone.height * 2)
}

test('front page, flow question, flow plan and lesson on a phone', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const start = page.locator('main a.button[href="/forloeb/ny-paa-dagpenge"]')
  await expect(start).toBeInViewport()
  await shoot(page, 'front-page')

  await start.click()
  await hydrated(page)
  await expect(page.getByRole('button', { name: /^(Fortsæt|Continue)$/ })).toBeVisible()
  await expect(page.getByRole('radio').first()).toBeVisible()
  await shoot(page, 'flow-question', false)

  await answer(page, 'Nej')
  await answer(page, 'Kun jobcentret')
  await answer(page, 'Nej')
  const step = page.locator('.jf-plan [data-step="a-kasse"]')
  await expect(step).toBeVisible()
  await shoot(page, 'flow-plan')

  await step.locator('h3 a').click()
  await expect(page).toHaveURL(/\/laer\/[a-z0-9-]+\/?$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await shoot(page, 'lesson')
})
