import { expect, test, type Page } from '@playwright/test'
import { answer, expectNoAxeViolations, hydrated } from './helpers.ts'

/** One page of each type, in both locales, plus the 404 page. */
const pages = [
  '/',
  '/laer/din-a-kasse',
  '/kurser/find-job-paa-egen-haand',
  '/video/jobloggen-kort-fortalt',
  '/tjekliste/god-ansoegning',
  '/spoergsmaal',
  '/tilgaengelighed',
  '/en/',
  '/en/learn/naar-du-faar-et-job',
  '/en/courses/find-job-paa-egen-haand',
  '/en/video/jobloggen-kort-fortalt',
  '/en/checklist/god-ansoegning',
  '/en/faq',
  '/en/accessibility',
  '/findes-ikke',
]

for (const width of [320, 1280]) {
  test.describe(`axe, WCAG 2.2 A and AA, at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })

    for (const path of pages) {
      test(`${path} has no violations`, async ({ page }) => {
        await page.goto(path)
        await expectNoAxeViolations(page, path)
      })
    }

    test('the FAQ page with a question open has no violations', async ({ page }) => {
      await page.goto('/spoergsmaal#hvad-er-jobloggen')
      await expect(page.locator('#hvad-er-jobloggen')).toBeVisible()
      await expectNoAxeViolations(page, 'open FAQ')
    })

    test('a ticked checklist has no violations', async ({ page }) => {
      await page.goto('/tjekliste/god-ansoegning')
      await page.locator('[data-checklist] input').first().check()
      await expectNoAxeViolations(page, 'ticked checklist')
    })

    test('every state of a flow has no violations: each question, an error, the plan', async ({
      page,
    }) => {
      const check = async (label: string, p: Page) => expectNoAxeViolations(p, label)
      await page.goto('/forloeb/kort-tid-ledig')
      await hydrated(page)
      await check('question 1', page)
      await page.getByRole('button', { name: 'Fortsæt' }).click()
      await check('question 1 with an error', page)
      await answer(page, 'Under en måned')
      await check('question 2 (multi)', page)
      await answer(page)
      await check('question 3', page)
      await answer(page, 'Nej')
      await check('question 4', page)
      await answer(page, 'Nej')
      await expect(page.getByRole('heading', { name: 'Dine trin' })).toBeVisible()
      await check('plan with a fallback', page)
    })

    test('the flow page has no violations when its JavaScript fails to load', async ({ page }) => {
      // axe itself needs JavaScript, so the site's scripts are blocked instead of turned off.
      await page.route('**/_astro/*.js', (route) => route.abort())
      await page.goto('/en/flows/klart-jobmaal')
      await expect(page.getByRole('heading', { name: 'All steps in the flow' })).toBeVisible()
      await expectNoAxeViolations(page, 'flow without JavaScript')
    })
  })
}
