// A municipality's version of a national flow in the admin: a Thisted editor sees only
// Thisted's local flow, its path map with "Infomøde i Jobcenter Thisted" right after its anchor
// step; when a national publisher removes that step, the list and the document show the
// problem, naming the step, and the local step moves to the end of the map. axe finds nothing
// in our components.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { wcagTags } from '../lib/wcagTags.ts'
import { adminUser, ensureUser, logIn } from './adminSession.ts'

const thistedEditor = {
  email: 'thisted-forloeb@jobunivers.local',
  password: 'local-flow-e2e-password',
}
type Row = Record<string, unknown> & { id: number }

/** A REST call as the admin. */
async function asAdmin(request: APIRequestContext): Promise<Record<string, string>> {
  const login = await request.post('/api/users/login', { data: adminUser })
  const { token } = (await login.json()) as { token: string }
  return { authorization: `JWT ${token}` }
}

/** The first document of a collection matching a query, read as the admin. */
async function findOne(request: APIRequestContext, query: string): Promise<Row> {
  const found = await request.get(query, { headers: await asAdmin(request) })
  const { docs } = (await found.json()) as { docs: Row[] }
  expect(docs).toHaveLength(1)
  return docs[0]!
}

/** Publishes the national flow "Ny på dagpenge" with these steps, in Danish. */
async function publishSteps(request: APIRequestContext, id: number, steps: unknown[]) {
  const response = await request.patch(`/api/flows/${String(id)}?locale=da&depth=0`, {
    headers: await asAdmin(request),
    data: { steps, _status: 'published' },
  })
  expect(response.ok(), await response.text()).toBe(true)
}

/** The steps of the path map's first plan, in order. */
const firstPlan = (page: Page) =>
  page.locator('[data-jf-local-overview] [data-jf-plan-steps]').first().locator('li')

/** Axe on our own components of the local flow's view (Payload's are counted in flowBuilderA11y). */
async function expectNoAxeViolations(page: Page, problems: boolean) {
  let builder = new AxeBuilder({ page }).withTags(wcagTags)
  for (const selector of [
    '[data-jf-anchor]',
    '[data-jf-step-picker]',
    '[data-jf-local-overview]',
    problems ? '[data-jf-local-problems]' : '[data-jf-local-fits]',
  ])
    builder = builder.include(selector)
  const results = await builder.analyze()
  const found = results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`),
  )
  expect(found).toEqual([])
}

test.use({ locale: 'da-DK' })

test("a Thisted editor sees Thisted's version of a national flow, and a removed anchor step as a problem", async ({
  page,
  request,
}) => {
  const thisted = await findOne(request, '/api/municipalities?where[code][equals]=787&depth=0')
  await ensureUser(request, {
    ...thistedEditor,
    name: 'Thisted Forløb',
    role: 'editor',
    municipality: thisted.id,
  } as never)
  const national = await findOne(
    request,
    '/api/flows?where[slug][equals]=ny-paa-dagpenge&depth=0&locale=da',
  )
  const steps = national.steps as { key: string }[]

  await logIn(page, thistedEditor)
  await page.goto('/admin/collections/local-flows')
  const row = page.getByRole('row', { name: /Thisted Kommune: Ny på dagpenge/ })
  await expect(row).toContainText('Ingen')
  // Other municipalities' versions are not listed.
  await expect(page.getByText(/Aarhus Kommune: |Københavns Kommune: /)).toHaveCount(0)
  await row.getByRole('link').first().click()

  await expect(page.locator('[data-jf-local-fits]')).toBeVisible({ timeout: 20_000 })
  await expect(page.getByLabel('Kommer efter trinnet')).toHaveValue('a-kasse')
  const plan = firstPlan(page)
  // The map follows the form after a short pause: wait for it before reading it.
  await expect(plan.first()).toBeVisible()
  const titles = await plan.allInnerTexts()
  const anchor = titles.findIndex((title) => title.startsWith('Din a-kasse'))
  expect(anchor).toBeGreaterThanOrEqual(0)
  expect(titles[anchor + 1]).toBe('Infomøde i Jobcenter Thisted')
  await expectNoAxeViolations(page, false)

  try {
    await publishSteps(
      request,
      national.id,
      steps.filter((step) => step.key !== 'a-kasse'),
    )
    await page.goto('/admin/collections/local-flows')
    await expect(row.locator('[data-jf-local-problem-cell]')).toContainText('1 problem(er)')
    await row.getByRole('link').first().click()
    const problems = page.locator('[data-jf-local-problems]')
    await expect(problems).toContainText('"Infomøde i Jobcenter Thisted"', { timeout: 20_000 })
    await expect(problems).toContainText('"a-kasse"')
    await expect(page.locator('[data-jf-anchor-gone]')).toContainText('"a-kasse"')
    await expect(firstPlan(page).last()).toHaveText('Infomøde i Jobcenter Thisted')
    await expectNoAxeViolations(page, true)
  } finally {
    await publishSteps(request, national.id, steps)
  }
})
