import { expect, test } from '@playwright/test'
import { answer, hydrated, sitemapPaths } from './helpers.ts'

test.use({ viewport: { width: 320, height: 640 } })

test('at 320 px no page of the sitemap scrolls horizontally', async ({ page }) => {
  const wide: string[] = []
  for (const path of [...sitemapPaths(), '/findes-ikke']) {
    await page.goto(path)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    if (overflow > 0) wide.push(`${path} (+${overflow} px)`)
  }
  expect(wide).toEqual([])
})

test('at 320 px the flow questions and plan do not scroll horizontally', async ({ page }) => {
  await page.goto('/forloeb/klart-jobmaal')
  await hydrated(page)
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(await overflow()).toBe(0)
  await answer(page, 'Ret sikker')
  await answer(page, 'Ja')
  await answer(page, 'At finde et kursus')
  await expect(page.getByRole('heading', { name: 'Dine trin' })).toBeVisible()
  expect(await overflow()).toBe(0)
})
