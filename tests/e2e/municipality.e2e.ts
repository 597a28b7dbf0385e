import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import type { MunicipalityData } from '../../site/municipality/types.ts'
import { answer, expectNoAxeViolations, hydrated, planSteps } from './helpers.ts'
import { recordTrackingRequests } from './trackingHelpers.ts'

/** The municipality's data as the build wrote it (dist/kommuner/<locale>/<code>.json). */
function built(locale: 'da' | 'en', code: string): MunicipalityData {
  const file = new URL(`../../dist/kommuner/${locale}/${code}.json`, import.meta.url)
  return JSON.parse(readFileSync(file, 'utf8')) as MunicipalityData
}

/** The keys of the municipality's own steps in "Ny på dagpenge" (there must be some). */
function localSteps(locale: 'da' | 'en', code: string): string[] {
  const keys = (built(locale, code).localFlows['ny-paa-dagpenge']?.addedSteps ?? []).map(
    (step) => step.key,
  )
  expect(keys, `local steps of ${code} in ny-paa-dagpenge`).not.toEqual([])
  return keys
}

/** Opens the picker in the line below the header, types, and sends the form. */
async function pick(page: Page, typed: string, locale: 'da' | 'en' = 'da'): Promise<void> {
  const bar = page.locator('[data-municipality]')
  const toggle = bar.locator('[data-municipality-toggle]')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const input = bar.getByLabel(
    locale === 'da' ? 'Kommune eller postnummer' : 'Municipality or postcode',
  )
  await expect(input).toBeFocused()
  await input.fill(typed)
  await input.press('Enter')
}

const contactStep = (page: Page) => page.locator('.jf-plan [data-step="kontakt"]')

test('a citizen picks Thisted by postcode, sees its phone and local step, switches to Aarhus by name; nothing is sent', async ({
  page,
  context,
}) => {
  const requests = recordTrackingRequests(context)
  await page.goto('/forloeb/ny-paa-dagpenge')
  await hydrated(page)
  const bar = page.locator('[data-municipality]')
  await expect(bar.locator('[data-municipality-toggle]')).toHaveText('Vælg din kommune')
  await answer(page, 'Nej')
  await answer(page, 'Ingen endnu')
  await answer(page, 'Nej')
  // Without a choice: national content and "Find dit jobcenter".
  await expect(contactStep(page).locator('h3')).toHaveText('Find dit jobcenter')
  const national = await planSteps(page)
  for (const key of localSteps('da', '787')) expect(national).not.toContain(key)
  // A marker that a reload would lose.
  await page.evaluate(() => Object.assign(window, { notReloaded: true }))

  await pick(page, '7700')
  const toggle = bar.locator('[data-municipality-toggle]')
  await expect(bar.locator('[data-municipality-line]')).toContainText('Din kommune: Thisted')
  await expect(toggle).toBeFocused()
  await expect(toggle).toHaveAccessibleName('Skift kommune')
  await expect(bar.locator('[data-municipality-announce]')).toHaveText('Din kommune er nu Thisted.')
  await expect(contactStep(page)).toContainText('70 00 00 03')
  await expect(page.locator('#kontakt')).toContainText('70 00 00 03')
  // The name leads to the municipality's own page (its contact and local lessons).
  await expect(bar.locator('[data-municipality-current] a')).toHaveAttribute(
    'href',
    '/kommune/thisted',
  )
  await expect(page.locator('#kontakt-heading')).toHaveText('Kontakt Jobcenter Thisted')
  await expect(page.locator('#kontakt a.button')).toHaveAttribute(
    'href',
    'https://thisted.example.org/jobcenter/book-samtale',
  )
  const thisted = localSteps('da', '787')
  await expect.poll(() => planSteps(page)).toEqual(expect.arrayContaining(thisted))
  // A local step leads to its own page.
  const page787 = built('da', '787')
  const first = page787.localFlows['ny-paa-dagpenge']!.addedSteps[0]!
  const local = page787.localPages.find((p) => p.slug === first.content?.slug)
  if (local)
    await expect(page.locator(`[data-step="${first.key}"] h3 a`)).toHaveAttribute(
      'href',
      local.href,
    )

  await pick(page, 'Aarhus')
  await expect(bar.locator('[data-municipality-line]')).toContainText('Din kommune: Aarhus')
  await expect(contactStep(page)).toContainText('70 00 00 02')
  await expect(page.locator('#kontakt')).toContainText('70 00 00 02')
  await expect(page.locator('#kontakt')).not.toContainText('70 00 00 03')
  const aarhus = localSteps('da', '751')
  await expect.poll(() => planSteps(page)).toEqual(expect.arrayContaining(aarhus))
  const hidden = built('da', '751').localFlows['ny-paa-dagpenge']?.hiddenSteps ?? []
  for (const key of [...thisted.filter((k) => !aarhus.includes(k)), ...hidden])
    await expect(page.locator(`.jf-plan [data-step="${key}"]`)).toHaveCount(0)
  expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true)

  // The choice stays on the device and follows the citizen to other pages.
  const stored = await page.evaluate(() => localStorage.getItem('jobunivers:v1'))
  expect(JSON.parse(stored ?? '{}')).toMatchObject({ version: 1, municipality: '751' })
  await page.goto('/laer/din-a-kasse')
  await expect(page.locator('[data-municipality-line]')).toContainText('Din kommune: Aarhus')
  await expect(page.locator('footer')).toContainText('70 00 00 02')
  // The front page lists the municipality's own lessons, and only its own.
  await page.goto('/')
  const ownPages = page.locator('[data-local-pages]')
  const aarhusPages = built('da', '751').localPages
  expect(aarhusPages).not.toEqual([])
  await expect(ownPages.getByRole('heading', { name: 'Fra dit jobcenter' })).toBeVisible()
  await expect(ownPages.getByRole('link')).toHaveText(aarhusPages.map((p) => p.title))
  await expect(ownPages.getByRole('link').first()).toHaveAttribute('href', aarhusPages[0]!.href)
  await page.waitForLoadState('networkidle')
  expect(requests).toEqual([])
})

test('in English: "Find your jobcentre" in the plan, the contact box’s picker, then Thisted’s phone', async ({
  page,
  context,
}) => {
  const requests = recordTrackingRequests(context)
  await page.goto('/en/flows/ny-paa-dagpenge')
  await hydrated(page)
  await expect(page.locator('[data-municipality-toggle]')).toHaveText('Choose your municipality')
  await answer(page, 'No')
  await answer(page, 'Nobody yet')
  await answer(page, 'No')
  await expect(contactStep(page).locator('h3')).toHaveText('Find your jobcentre')
  await contactStep(page).locator('h3 a').click()
  const box = page.locator('#kontakt')
  await box.getByLabel('Municipality or postcode').fill('thisted kommune')
  await box.getByRole('button', { name: 'Find municipality' }).click()
  await expect(page.locator('#kontakt-heading')).toBeFocused()
  await expect(page.locator('#kontakt-heading')).toHaveText('Contact Jobcenter Thisted')
  await expect(box.locator('[data-find-jobcentre]')).toBeHidden()
  await expect(contactStep(page)).toContainText('Call Jobcenter Thisted on 70 00 00 03.')
  await expect(page.locator('[data-municipality-line]')).toContainText('Your municipality: Thisted')
  await expect.poll(() => planSteps(page)).toEqual(expect.arrayContaining(localSteps('en', '787')))
  await page.waitForLoadState('networkidle')
  expect(requests).toEqual([])
})

test('a postcode across a border offers a choice; a municipality not on the site says so; errors are text', async ({
  page,
}) => {
  await page.goto('/tilgaengelighed')
  const bar = page.locator('[data-municipality]')
  await expectNoAxeViolations(page, 'the picker closed')
  await pick(page, 'Gotham')
  const input = bar.getByLabel('Kommune eller postnummer')
  await expect(input).toHaveAttribute('aria-invalid', 'true')
  await expect(input).toHaveAccessibleDescription(
    /Fejl: Vi kan ikke finde en kommune, der hedder "Gotham"/,
  )
  await expect(input).toBeFocused()
  await expectNoAxeViolations(page, 'the picker open with an error')
  await input.fill('2000')
  await input.press('Enter')
  await expect(input).not.toHaveAttribute('aria-invalid')
  const question = bar.getByText('Postnummer 2000 ligger i flere kommuner. Hvilken bor du i?')
  await expect(question).toBeFocused()
  await expectNoAxeViolations(page, 'the picker open with a choice')
  await bar.getByRole('button', { name: 'Vælg Frederiksberg' }).click()
  await expect(bar.locator('[data-municipality-line]')).toContainText('Din kommune: Frederiksberg')
  await expect(bar.locator('[data-municipality-panel]')).toBeHidden()
  // Frederiksberg is not on this install: the national contact stays, and the page says so.
  await page.goto('/forloeb/ny-paa-dagpenge')
  await hydrated(page)
  await expect(page.locator('#kontakt [data-contact-note]')).toHaveText(
    /Frederiksberg Kommune er ikke med i Jobunivers endnu/,
  )
  await expect(page.locator('#kontakt-heading')).toHaveText('Kontakt jobcentret')
  await expect(page.locator('[data-municipality-current] a')).toHaveCount(0)
  await expectNoAxeViolations(page, 'a flow page with a municipality not on the site')
})

test('"Mine data" shows the municipality and deletes the choice', async ({ page }) => {
  await page.goto('/mine-data')
  await pick(page, 'Thisted')
  await expect(page.locator('[data-my-municipality]')).toContainText('Thisted (787)')
  await page.getByRole('button', { name: 'Slet dit valg af kommune' }).click()
  await expect(page.locator('[data-my-municipality]')).toContainText(
    'Du har ikke valgt en kommune.',
  )
  await expect(page.locator('[data-municipality-toggle]')).toHaveText('Vælg din kommune')
  const stored = await page.evaluate(() => localStorage.getItem('jobunivers:v1'))
  expect(JSON.parse(stored ?? '{}')).not.toHaveProperty('municipality')
  await expectNoAxeViolations(page, 'Mine data with the municipality')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('the line links to the list of municipalities', async ({ page }) => {
    await page.goto('/laer/din-a-kasse')
    const link = page.locator('[data-municipality]').getByRole('link', { name: 'Vælg din kommune' })
    await expect(link).toBeVisible()
    await expect(link).toHaveAttribute('href', '/kommune')
    await page.goto('/en/learn/din-a-kasse')
    await expect(
      page.locator('[data-municipality]').getByRole('link', { name: 'Choose your municipality' }),
    ).toHaveAttribute('href', '/en/municipality')
    await expect(page.locator('[data-municipality-toggle]')).toBeHidden()
  })
})
