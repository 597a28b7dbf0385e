// The national flow's editor sees the municipalities' local adaptations: a national publisher
// opens "Ny på dagpenge", finds Thisted's local step listed after its anchor step, removes that
// step in the form (unsaved) and is warned, naming Thisted Kommune and the local step. Saving
// stays possible. axe finds nothing in our component.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { wcagTags } from '../lib/wcagTags.ts'
import { ensureUser, logIn } from './adminSession.ts'
import { openFlow } from './openFlow.ts'

const publisher = {
  email: 'national-udgiver-tilpasning@jobunivers.local',
  password: 'local-adaptations-e2e-password',
}

/** Axe on our "Lokale tilpasninger" component only. */
async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(wcagTags)
    .include('[data-jf-local-adaptations]')
    .analyze()
  expect(
    violations.map((violation) => `${violation.id} (${String(violation.nodes.length)})`),
  ).toEqual([])
}

test.use({ locale: 'da-DK' })

// Opening the flow and changing the form locks the document for this publisher, and the lock
// outlives the page; the tests after this one edit the same sample flow, so release it.
test.afterEach(async ({ context }) => {
  for (const open of context.pages()) await open.close()
  const released = await context.request.delete(
    '/api/payload-locked-documents?where[id][exists]=true',
  )
  expect(released.ok(), await released.text()).toBe(true)
})

test("a national publisher sees Thisted's local step at its anchor, and a warning when removing the anchor", async ({
  page,
  request,
}) => {
  await ensureUser(request, { ...publisher, name: 'National udgiver', role: 'publisher' })
  await logIn(page, publisher)
  const id = await openFlow(page, 'ny-paa-dagpenge')

  const panel = page.locator('[data-jf-local-adaptations]')
  await expect(panel.getByRole('heading', { name: 'Lokale tilpasninger' })).toBeVisible()
  await expect(panel).toContainText('Thisted Kommune', { timeout: 20_000 })
  const table = panel.getByRole('table')
  const thisted = table.getByRole('row', { name: /Thisted Kommune/ })
  await expect(thisted).toHaveCount(1)
  await expect(thisted.getByRole('cell').first()).toHaveText('Din a-kasse')
  await expect(thisted).toContainText('Lokalt trin efter dette trin: Infomøde i Jobcenter Thisted')
  // National staff see every municipality's adaptation.
  await expect(table.getByRole('row', { name: /Aarhus Kommune/ })).toHaveCount(1)
  await expect(panel.locator('[data-jf-local-adaptation-warnings] li')).toHaveCount(0)
  await expectNoAxeViolations(page)

  // Remove the anchor step "Din a-kasse" in the form, without saving.
  const found = await page.request.get(`/api/flows/${String(id)}?depth=0&draft=true&locale=da`)
  const { steps } = (await found.json()) as { steps: { key: string }[] }
  const index = steps.findIndex((step) => step.key === 'a-kasse')
  expect(index).toBeGreaterThanOrEqual(0)
  await page
    .locator(`#steps-row-${String(index)} .array-actions__button`)
    .first()
    .click()
  await page.locator('.array-actions__remove:visible').click()

  const warning = panel.locator('[data-jf-local-adaptation-warnings] li')
  await expect(warning).toHaveCount(1)
  await expect(warning).toHaveText(
    'Thisted Kommune har et lokalt trin efter trinnet "Din a-kasse": Infomøde i Jobcenter Thisted. Hvis du fjerner trinnet, flyttes det lokale trin til sidst, og kommunen får besked i sin tilpasning.',
  )
  await expect(table.getByRole('row', { name: /Thisted Kommune/ })).toHaveCount(0)
  await expectNoAxeViolations(page)
  // The warning does not block saving.
  await expect(page.locator('#action-save-draft, #action-save').first()).toBeEnabled()
})
