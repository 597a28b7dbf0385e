import { randomUUID } from 'node:crypto'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { adminE2e } from './setup.ts'

const publisher = { email: 'udgiver@jobunivers.test', password: 'publisher-password-e2e' }

async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${adminE2e.cmsUrl}/api/users/login`, {
    data: { email: 'admin@jobunivers.local', password: adminE2e.adminPassword },
  })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { token: string }).token
}

test.beforeAll(async ({ request }) => {
  const token = await adminToken(request)
  const existing = await request.get(
    `${adminE2e.cmsUrl}/api/users?where[email][equals]=${publisher.email}`,
    { headers: { authorization: `JWT ${token}` } },
  )
  if (((await existing.json()) as { totalDocs: number }).totalDocs > 0) return
  const created = await request.post(`${adminE2e.cmsUrl}/api/users`, {
    headers: { authorization: `JWT ${token}` },
    data: { ...publisher, name: 'Udgiver', role: 'publisher' },
  })
  expect(created.ok()).toBe(true)
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

  await page.goto('/admin/login')
  await page.getByLabel(/e-?mail/i).fill(publisher.email)
  await page.getByLabel(/password|adgangskode/i).fill(publisher.password)
  await page.getByRole('button', { name: /log ?in|log ind/i }).click()
  await page.waitForURL(/\/admin\/?$/)

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
  const sent = await request.post(`${adminE2e.trackingUrl}/v1/events`, {
    data: { events },
    headers: { origin: adminE2e.siteUrl },
  })
  expect(sent.status()).toBe(202)

  await page.goto('/admin/login')
  await page.getByLabel(/e-?mail/i).fill(publisher.email)
  await page.getByLabel(/password|adgangskode/i).fill(publisher.password)
  await page.getByRole('button', { name: /log ?in|log ind/i }).click()
  await page.waitForURL(/\/admin\/?$/)
  await page.goto(`/admin/indsigt?flow=${flow}`)

  await expect(page.getByRole('heading', { level: 1, name: /Indsigt|Insights/ })).toBeVisible()
  const row = page
    .getByTestId('funnel-table')
    .getByRole('row', { name: /rettigheder|Dine rettigheder/i })
  await expect(row.getByRole('cell')).toHaveText(['7', '5', '<5'])
})
