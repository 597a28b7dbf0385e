import { expect, test } from '@playwright/test'
import { sitemapPaths } from './helpers.ts'

test.use({ javaScriptEnabled: false })

test('without JavaScript the flow page lists every step with a link', async ({ page }) => {
  await page.goto('/forloeb/ny-paa-dagpenge')
  await expect(page.getByRole('heading', { name: 'Alle trin i forløbet' })).toBeVisible()
  const steps = page.locator('.jf-all-steps [data-step]')
  await expect(steps).toHaveCount(10)
  for (const step of await steps.all())
    await expect(step.getByRole('link')).toHaveAttribute(
      'href',
      /^\/(laer|tjekliste|kurser|video|spoergsmaal|forloeb)\b|^#kontakt$/,
    )
  await expect(page.locator('#kontakt')).toBeVisible()
  // The first question, rendered for browsers that run scripts, is not shown without them.
  await expect(page.getByRole('button', { name: 'Fortsæt' })).toBeHidden()
})

test('without JavaScript a checklist reads as a list and a lesson has no dead button', async ({
  page,
}) => {
  await page.goto('/tjekliste/god-ansoegning')
  const items = page.locator('[data-checklist] li')
  await expect(items.first()).toBeVisible()
  await expect(page.locator('[data-checklist] input').first()).toBeDisabled()
  await page.goto('/laer/din-a-kasse')
  await expect(page.getByRole('button', { name: 'Marker som færdig' })).toBeHidden()
})

test('without JavaScript every page is reachable by following links from the front page', async ({
  page,
}) => {
  const expected = new Set(sitemapPaths().map((path) => path.replace(/(.)\/$/, '$1')))
  const seen = new Set<string>()
  const queue = ['/', '/en/']
  while (queue.length > 0) {
    const path = queue.shift()!
    if (seen.has(path)) continue
    seen.add(path)
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    const links = await page
      .locator('a[href^="/"]')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname))
    for (const link of links) {
      const clean = link.replace(/(.)\/$/, '$1')
      if (expected.has(clean) && !seen.has(clean)) queue.push(clean)
    }
  }
  expect([...expected].filter((path) => !seen.has(path))).toEqual([])
})
