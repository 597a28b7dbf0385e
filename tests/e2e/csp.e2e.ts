import { expect, test, type Page } from '@playwright/test'
import { answer, hydrated, shippedCsp } from './helpers.ts'
import { trackingUrl } from './trackingEnv.ts'

/** Serves every document with the Content-Security-Policy of dist/_headers, as a static host would. */
async function underCsp(page: Page): Promise<string[]> {
  const csp = shippedCsp()
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue()
    const response = await route.fetch()
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': csp },
    })
  })
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  return violations
}

test('every page type works under the shipped Content-Security-Policy', async ({ page }) => {
  const violations = await underCsp(page)
  for (const path of [
    '/',
    '/laer/din-a-kasse',
    '/kurser/find-job-paa-egen-haand',
    '/video/jobloggen-kort-fortalt',
    '/tjekliste/god-ansoegning',
    '/spoergsmaal',
    '/tilgaengelighed',
    '/en/',
    '/findes-ikke',
  ]) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  await page.goto('/tjekliste/god-ansoegning')
  await expect(page.locator('[data-checklist] input').first()).toBeEnabled()
  expect(violations).toEqual([])
})

test('the flow island hydrates and plans under the shipped Content-Security-Policy', async ({
  page,
}) => {
  const violations = await underCsp(page)
  await page.goto('/forloeb/klart-jobmaal')
  await hydrated(page)
  await answer(page, 'Helt sikker')
  await answer(page, 'Ja')
  await answer(page, 'At blive klar til jobsamtaler')
  await expect(page.getByRole('heading', { name: 'Dine trin' })).toBeVisible()
  expect(violations).toEqual([])
})

test('search (Pagefind’s WebAssembly) and Mine data work under the shipped Content-Security-Policy', async ({
  page,
}) => {
  const violations = await underCsp(page)
  await page.goto('/soeg?q=ferie')
  await expect(page.locator('.jf-result').first()).toBeVisible()
  await page.goto('/mine-data')
  await expect(page.locator('[data-answers]')).toBeVisible()
  expect(violations).toEqual([])
})

test('the shipped policy lets the browser reach the tracking API of the build, and only that', () => {
  const connect = shippedCsp()
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('connect-src'))
  // Sending itself is tested without this harness: Chromium treats a document that Playwright
  // fulfils as public, and then refuses requests to 127.0.0.1 (local network access).
  expect(connect).toBe(`connect-src 'self' ${trackingUrl}`)
})
