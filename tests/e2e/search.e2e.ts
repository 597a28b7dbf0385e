import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './helpers.ts'

test('a search for a word from a sample FAQ finds it in Danish', async ({ page }) => {
  await page.goto('/soeg?q=ferie')
  await expect(page.locator('[data-search-status]')).toHaveText(/resultat(er)? for "ferie"\./)
  const faq = page.locator('.jf-result').filter({ has: page.locator('a[href="/spoergsmaal"]') })
  await expect(faq).toHaveCount(1)
  await expect(faq.locator('mark').first()).toHaveText(/ferie/i)
  await expect(page.getByRole('searchbox', { name: 'Hvad leder du efter?' })).toHaveValue('ferie')
})

test('the same FAQ is found in English on the English search page', async ({ page }) => {
  await page.goto('/en/search')
  await page.getByRole('searchbox', { name: 'What are you looking for?' }).fill('holiday')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page.locator('[data-search-status]')).toHaveText(/results? for "holiday"\./)
  const faq = page.locator('.jf-result').filter({ has: page.locator('a[href="/en/faq"]') })
  await expect(faq).toHaveCount(1)
  await expect(faq.locator('mark').first()).toHaveText(/holiday/i)
  expect(page.url()).toContain('q=holiday')
  // Danish pages stay out of the English index.
  await expect(
    page.locator('.jf-result a[href^="/laer/"], .jf-result a[href="/spoergsmaal"]'),
  ).toHaveCount(0)
})

test('a search with no hits says so and points to the list of all pages', async ({ page }) => {
  await page.goto('/soeg?q=xyzzyqwerty')
  await expect(page.locator('[data-search-status]')).toHaveText(
    'Ingen resultater for "xyzzyqwerty". Prøv et andet ord, eller se listen over alle sider.',
  )
  await expect(page.getByRole('heading', { name: 'Alle sider' })).toBeVisible()
})

test('the front page and the 404 page search without any JavaScript of their own', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('searchbox').fill('jobloggen')
  await page.getByRole('button', { name: 'Søg', exact: true }).click()
  await expect(page).toHaveURL(/\/soeg\?q=jobloggen$/)
  await expect(page.locator('.jf-result').first()).toBeVisible()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('the search form leads to the FAQ and a list of every page', async ({ page }) => {
    await page.goto('/soeg')
    await page.getByRole('searchbox').fill('ferie')
    await page.getByRole('button', { name: 'Søg', exact: true }).click()
    await expect(page).toHaveURL(/\/soeg\/?\?q=ferie$/)
    await expect(page.getByText('Søgningen skal bruge JavaScript.')).toBeVisible()
    const all = page.locator('.jf-all-pages')
    await expect(all.getByRole('link', { name: 'Spørgsmål og svar' })).toBeVisible()
    await expect(all.locator('a[href^="/laer/"]')).not.toHaveCount(0)
    await expect(all.locator('a[href^="/forloeb/"]')).toHaveCount(3)
  })
})

for (const width of [320, 1280]) {
  test.describe(`axe on the search page at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })
    for (const path of ['/soeg?q=ferie', '/en/search?q=holiday']) {
      test(`${path} with results has no violations`, async ({ page }) => {
        await page.goto(path)
        await expect(page.locator('.jf-result').first()).toBeVisible()
        await expectNoAxeViolations(page, path)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        )
      })
    }
  })
}
