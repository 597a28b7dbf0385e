import { randomUUID } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { wcagTags } from '../lib/wcagTags.ts'
import { adminUser, logIn } from './adminSession.ts'
import { sendEvents } from './sendEvents.ts'
import { openFlow } from './openFlow.ts'

/** Our own admin components; Payload's are counted apart. */
const ours = [
  '[data-jf-keys]',
  '[data-jf-condition]',
  '[data-jf-step-picker]',
  '[data-jf-variant-shares]',
  '[data-jf-overview]',
  '[data-jf-insights]',
]

test.use({ locale: 'da-DK' })

/** Axe on our components only; what it finds must be nothing. */
async function axeOnOurs(page: Page, label: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(wcagTags)
  for (const selector of ours) builder = builder.include(selector)
  const results = await builder.analyze()
  const found = results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`),
  )
  expect(found, `axe on our components (${label})`).toEqual([])
}

/** Payload's own findings on the page, counted by rule id, for the accessibility report. */
async function payloadFindings(page: Page, label: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(wcagTags)
  for (const selector of ours) builder = builder.exclude(selector)
  const results = await builder.analyze()
  const counts = Object.fromEntries(results.violations.map((v) => [v.id, v.nodes.length]))
  console.log(`Payload's own axe findings on ${label}: ${JSON.stringify(counts)}`)
  await test.info().attach(`payload-axe-${label}`, { body: JSON.stringify(counts, null, 2) })
}

test('the flow builder, path map, step pickers and trial have no axe violations', async ({
  page,
}) => {
  await logIn(page, adminUser)
  await openFlow(page, 'ny-paa-dagpenge')
  await expect(page.locator('[data-jf-condition]').first()).toBeVisible()
  await axeOnOurs(page, 'flow edit view')
  await payloadFindings(page, 'flow edit view')

  await page.getByRole('checkbox', { name: 'Vis nøgler (avanceret)' }).check()
  await axeOnOurs(page, 'keys shown')

  await page.getByRole('button', { name: 'Start prøven' }).click()
  await expect(page.locator('[data-jf-trial-question]')).toBeVisible()
  await page.locator('[data-jf-trial-question]').getByRole('button', { name: 'Fortsæt' }).click()
  await expect(page.locator('[data-jf-trial-question]').getByRole('alert')).toBeVisible()
  await axeOnOurs(page, 'trial question with an error')

  await page.getByRole('button', { name: 'Prøv med disse svar (plan 1)' }).click()
  await expect(page.locator('[data-jf-trial-plan]')).toBeVisible()
  await axeOnOurs(page, 'trial plan')
})

test('Indsigt has no axe violations from our view', async ({ page, request }) => {
  // Questions asked on Spørg, so its tables are there to check, not only their empty state.
  const at = new Date().toISOString()
  const events = Array.from({ length: 6 }, (_, index) => ({
    id: randomUUID(),
    subject: `e2e-${randomUUID()}`,
    type: 'question_asked',
    value: index < 5 ? 1 : 0,
    ...(index < 5 && { content: 'faqs/ferie-som-ledig' }),
    locale: 'da',
    at,
  }))
  await sendEvents(request, events)
  await logIn(page, adminUser)
  await page.goto('/admin/indsigt?flow=ny-paa-dagpenge')
  await expect(page.getByRole('heading', { level: 1, name: 'Indsigt' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Spørgsmål pr. uge' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Kilder åbnet fra et svar' })).toBeVisible()
  await axeOnOurs(page, 'Indsigt')
  await payloadFindings(page, 'Indsigt')
})

test('the condition builder works with the keyboard alone', async ({ page }) => {
  await logIn(page, adminUser)
  await openFlow(page, 'kort-tid-ledig')
  // The first step shown always (no condition yet), found once by its field id.
  const empty = page
    .locator('[data-jf-condition]')
    .filter({ has: page.locator('[data-jf-add-condition]') })
    .first()
  const condition = page.locator(`[id="${await empty.getAttribute('id')}"]`)
  const add = condition.locator('[data-jf-add-condition]')
  await add.focus()
  await page.keyboard.press('Enter')
  // Focus moves to the new rule's first pick list, so the sentence can be made from there.
  const subject = condition.getByRole('combobox', { name: /^Hvad reglen handler om/ })
  await expect(subject).toBeFocused()
  await page.keyboard.press('Tab')
  const op = condition.getByRole('combobox', { name: /^Sammenligning/ })
  await expect(op).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(condition.locator('[data-jf-condition-sentence]')).toContainText('ikke')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(condition.getByRole('button', { name: /^Fjern reglen/ })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(condition.getByRole('button', { name: 'Tilføj regel' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(
    condition.getByRole('combobox', { name: /^Hvordan reglerne hænger sammen/ }),
  ).toBeVisible()
  await expect(
    condition.getByRole('combobox', { name: /^Hvad reglen handler om \(Regel 2\)/ }),
  ).toBeFocused()
  await expect(condition.locator('[data-jf-condition-sentence]')).toContainText(' og ')
  // Removing every rule with the keyboard leaves "Tilføj betingelse", focused.
  for (let rule = 2; rule >= 1; rule--) {
    await condition.getByRole('button', { name: `Fjern reglen (Regel ${rule})` }).focus()
    await page.keyboard.press('Enter')
  }
  await expect(add).toBeFocused()
  await expect(condition).toContainText('Vises altid')
})
