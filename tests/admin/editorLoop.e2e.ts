import { randomUUID } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { ensureUser, logIn } from './adminSession.ts'
import { sendEvents } from './sendEvents.ts'
import { adminE2e } from './setup.ts'

const publisher = { email: 'udgiver@jobunivers.test', password: 'publisher-password-e2e' }
const reviewer = { email: 'tester@jobunivers.test', password: 'reviewer-password-e2e' }
const editor = { email: 'redaktoer@jobunivers.test', password: 'editor-password-e2e' }
const users = [
  { ...publisher, name: 'Udgiver', role: 'publisher' },
  { ...reviewer, name: 'Tilgængelighedstester', role: 'reviewer' },
  { ...editor, name: 'Redaktør', role: 'editor' },
]

test.beforeAll(async ({ request }) => {
  for (const user of users) await ensureUser(request, user)
})

test('a publisher edits a lesson title, publishes, and the rebuilt citizen site shows it', async ({
  page,
  request,
}) => {
  const found = await request.get(
    `${adminE2e.cmsUrl}/api/lessons?where[slug][equals]=din-a-kasse&depth=0`,
  )
  const lesson = ((await found.json()) as { docs: { id: number }[] }).docs[0]!
  const newTitle = `Din a-kasse hjælper dig ${Date.now()}`

  await logIn(page, publisher)

  await page.goto(`/admin/collections/lessons/${lesson.id}`)
  const title = page.getByRole('textbox', { name: /^(Title|Titel)/ })
  await expect(title).toHaveValue(/.+/)
  await title.fill(newTitle)
  const publish = page.getByRole('button', { name: /publish changes|udgiv ændringer/i })
  await publish.click()
  // Once saved there is nothing left to publish.
  await expect(publish).toBeDisabled({ timeout: 15_000 })

  await expect
    .poll(async () => (await request.get(`${adminE2e.siteUrl}/laer/din-a-kasse/`)).text(), {
      timeout: 90_000,
      intervals: [1000],
    })
    .toContain(newTitle)
})

test('Indsigt shows funnel numbers that match the events sent to the tracking API', async ({
  page,
  request,
}) => {
  const flow = 'ny-paa-dagpenge'
  const at = new Date().toISOString()
  const subjects = Array.from({ length: 7 }, () => `e2e-${randomUUID()}`)
  const events = subjects.flatMap((subject, index) => [
    { id: randomUUID(), subject, type: 'flow_started', flow, at },
    { id: randomUUID(), subject, type: 'step_viewed', flow, step: 'rettigheder', at },
    ...(index < 5
      ? [{ id: randomUUID(), subject, type: 'step_completed', flow, step: 'rettigheder', at }]
      : []),
  ])
  await sendEvents(request, events)

  await logIn(page, publisher)
  await page.goto(`/admin/indsigt?flow=${flow}`)

  await expect(page.getByRole('heading', { level: 1, name: /Indsigt|Insights/ })).toBeVisible()
  const row = page
    .getByTestId('funnel-table')
    .getByRole('row', { name: /rettigheder|Dine rettigheder/i })
  await expect(row.getByRole('cell')).toHaveText(['7', '5', '<5'])
})

test('reviewers and editors see Indsigt too: variants side by side, and a date range', async ({
  browser,
  request,
}) => {
  const flow = 'kort-tid-ledig'
  const at = new Date().toISOString()
  const subjects = (variant: string, count: number, completing: number) =>
    Array.from({ length: count }, (_, index) => {
      const subject = `e2e-${randomUUID()}`
      return [
        { id: randomUUID(), subject, type: 'flow_started', flow, variant, at },
        ...(index < completing
          ? [{ id: randomUUID(), subject, type: 'flow_completed', flow, variant, at }]
          : []),
      ]
    }).flat()
  await sendEvents(request, [...subjects('a', 6, 6), ...subjects('b', 5, 2)])

  for (const user of [reviewer, editor]) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await logIn(page, user)
    await page.goto(`/admin/indsigt?flow=${flow}`)
    const variants = page.getByRole('table', { name: /^(Varianter|Variants)$/ })
    const row = (variant: string) =>
      variants.locator('tbody tr', { has: page.getByRole('rowheader', { name: variant }) })
    await expect(row('a').getByRole('cell').nth(0)).toHaveText('6')
    await expect(row('a').getByRole('cell').nth(1)).toHaveText('6')
    await expect(row('b').getByRole('cell').nth(0)).toHaveText('5')
    await expect(row('b').getByRole('cell').nth(1)).toHaveText('<5')

    // A period before any event: nothing to show, and no variant rows.
    await page.getByLabel(/^(Fra|From)/).fill('2020-01-01')
    await page.getByLabel(/^(Til|To)/).fill('2020-01-31')
    await page.getByRole('button', { name: /^(Vis|Show)$/ }).click()
    await expect(page).toHaveURL(/from=2020-01-01&to=2020-01-31/)
    await expect(
      page.getByText(/^(Ingen data i perioden\.|No data in the period\.)$/),
    ).toBeVisible()
    await expect(variants.locator('tbody tr')).toHaveCount(0)
    await context.close()
  }
})
