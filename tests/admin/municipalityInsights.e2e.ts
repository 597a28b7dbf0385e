// Indsigt per municipality, end to end: citizens of Thisted (787), Aarhus (751) and København
// (101) go through a flow of their own; a Thisted editor sees Thisted's numbers only (also when
// the address asks for Aarhus), a national editor sees the totals and picks a municipality,
// where 3 citizens show as "<5". axe finds nothing in Indsigt on either page.
import { randomBytes, randomUUID } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { wcagTags } from '../lib/wcagTags.ts'
import { adminUser, ensureUser, logIn } from './adminSession.ts'
import { sendEvents } from './sendEvents.ts'

const flow = `kommune-e2e-${randomBytes(3).toString('hex')}`
/** Per municipality: citizens who start the flow, and how many of them complete it. */
const citizens = { '787': [6, 5], '751': [8, 6], '101': [3, 0] } as const
const password = 'municipality-e2e-password'
const thistedEditor = { email: 'thisted-indsigt@jobunivers.local', password }
const nationalEditor = { email: 'national-indsigt@jobunivers.local', password }

const events = Object.entries(citizens).flatMap(([municipality, [started, completed]]) =>
  Array.from({ length: started }, (_, i) => {
    const subject = `e2e-kommune-${randomUUID()}`
    const at = new Date().toISOString()
    const event = (type: string) => ({ id: randomUUID(), subject, at, flow, type, municipality })
    return [event('flow_started'), ...(i < completed ? [event('flow_completed')] : [])]
  }).flat(),
)

/** The id of the sample municipality with this code, read as the admin. */
async function municipalityId(request: APIRequestContext, code: string): Promise<number> {
  const login = await request.post('/api/users/login', { data: adminUser })
  const { token } = (await login.json()) as { token: string }
  const found = await request.get(`/api/municipalities?where[code][equals]=${code}&depth=0`, {
    headers: { authorization: `JWT ${token}` },
  })
  const { docs } = (await found.json()) as { docs: { id: number }[] }
  expect(docs).toHaveLength(1)
  return docs[0]!.id
}

test.beforeAll(async ({ request }) => {
  await sendEvents(request, events)
  const municipality = await municipalityId(request, '787')
  const thisted = { ...thistedEditor, name: 'Thisted Indsigt', role: 'editor', municipality }
  await ensureUser(request, thisted)
  await ensureUser(request, { ...nationalEditor, name: 'National Indsigt', role: 'editor' })
})

test.use({ locale: 'da-DK' })

/** The flow's row in "Alle forløb": started and completed as shown. */
async function expectRow(page: Page, started: string, completed: string) {
  const row = page.locator('[data-jf-table] tbody tr', {
    has: page.getByRole('rowheader', { name: flow, exact: true }),
  })
  await expect(row.getByRole('cell').nth(0)).toHaveText(started)
  await expect(row.getByRole('cell').nth(1)).toHaveText(completed)
}

/** axe on Indsigt itself (Payload's own chrome around it is not ours; see flowBuilderA11y). */
async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(wcagTags)
    .include('[data-jf-insights]')
    .analyze()
  const found = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
  expect(found).toEqual([])
}

test("a Thisted editor sees Thisted's numbers only, whatever the address asks for", async ({
  page,
}) => {
  await logIn(page, thistedEditor)
  await page.goto('/admin/indsigt')
  await expect(page.getByTestId('insights-scope')).toHaveText(
    'Tallene gælder din kommune: Thisted Kommune (787). Andre kommuners tal og landstal vises ikke.',
  )
  await expectRow(page, '6', '5')
  // No choice of municipality for a municipality's editor.
  await expect(page.getByRole('combobox', { name: 'Kommune' })).toHaveCount(0)
  await expectNoAxeViolations(page)
  // Asking for Aarhus or for the totals in the address changes nothing: the server decides.
  for (const address of ['/admin/indsigt?municipality=751', '/admin/indsigt?municipality=']) {
    await page.goto(address)
    await expectRow(page, '6', '5')
    await expect(page.getByTestId('insights-scope')).toContainText('Thisted Kommune (787)')
  }
})

test('a national editor sees the totals, and picks a municipality, "<5" for 3 citizens', async ({
  page,
}) => {
  await logIn(page, nationalEditor)
  await page.goto('/admin/indsigt')
  await expect(page.getByTestId('insights-scope')).toHaveText(
    'Tallene gælder hele landet: alle kommuner tilsammen.',
  )
  await expectRow(page, '17', '11')
  await expectNoAxeViolations(page)

  const picker = page.getByRole('combobox', { name: 'Kommune' })
  await expect(picker).toHaveValue('')
  await picker.selectOption('751')
  await page.getByRole('button', { name: 'Vis', exact: true }).click()
  await expect(page).toHaveURL(/municipality=751/)
  await expect(page.getByTestId('insights-scope')).toHaveText('Tallene gælder kun Aarhus (751).')
  await expectRow(page, '8', '6')

  // With the keyboard: Thisted, as its own editor sees it.
  await picker.focus()
  await page.keyboard.type('Thisted')
  await page.getByRole('button', { name: 'Vis', exact: true }).press('Enter')
  await expect(page.getByTestId('insights-scope')).toHaveText('Tallene gælder kun Thisted (787).')
  await expectRow(page, '6', '5')

  // København, whose 3 citizens show as "<5".
  await picker.selectOption('101')
  await page.getByRole('button', { name: 'Vis', exact: true }).click()
  await expect(page.getByTestId('insights-scope')).toHaveText('Tallene gælder kun København (101).')
  await expectRow(page, '<5', '<5')
  await expectNoAxeViolations(page)
})
