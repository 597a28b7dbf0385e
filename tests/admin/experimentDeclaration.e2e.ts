// An editor declares an experiment in the admin: on a flow with variants they write the
// hypothesis and pick the primary outcome, and publish. Saving again with the same design keeps
// the experiment period; changing the outcome, or the variants' shares, starts a new one, which
// the editor sees in the form ("Perioden startede") and in Indsigt.
import { randomBytes } from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import { adminUser, logIn } from './adminSession.ts'
import { openFlow } from './openFlow.ts'
import { pick } from './reactSelect.ts'
import { adminE2e } from './setup.ts'

/** The form's and Indsigt's words in each admin language. */
const words = {
  da: {
    publish: /Offentliggør ændringer|Udgiv ændringer/,
    group: 'Eksperiment (når forløbet har varianter)',
    hypothesis: 'Hypotese i én sætning',
    contact: ['Kontakt', 'Kontakttrinnet fulgt', 'Kontakttrinnet fulgt'],
  },
  en: {
    publish: /Publish changes/,
    group: 'Experiment (when the flow has variants)',
    hypothesis: 'Hypothesis in one sentence',
    contact: ['contact', 'The contact step followed', 'The contact step followed'],
  },
} as const
type Words = (typeof words)['da' | 'en']

type Experiment = { hypothesis?: string; outcome?: string; periodStart?: string | null }
type FlowDoc = Record<string, unknown> & { id: number; experiment?: Experiment }

/** A copy of a document for creating another: no ids (the new rows get their own), no stamps. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !['id', 'createdAt', 'updatedAt', '_status'].includes(key))
      .map(([key, inner]) => [key, withoutIds(inner)]),
  )
}

/** Creates a flow of its own for the test: "Ny på dagpenge" (which has variants) under a new slug. */
async function copyOfSampleFlow(page: Page): Promise<string> {
  const found = await page.request.get('/api/flows?where[slug][equals]=ny-paa-dagpenge&depth=0')
  const source = ((await found.json()) as { docs: FlowDoc[] }).docs[0]!
  const slug = `eksperiment-${randomBytes(3).toString('hex')}`
  const created = await page.request.post('/api/flows?draft=true', {
    data: {
      ...(withoutIds(source) as object),
      slug,
      title: `Eksperiment ${slug}`,
      experiment: {},
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  return slug
}

/** The flow as published, through the REST API. */
async function published(page: Page, slug: string): Promise<FlowDoc> {
  const found = await page.request.get(`/api/flows?where[slug][equals]=${slug}&depth=0`)
  return ((await found.json()) as { docs: FlowDoc[] }).docs[0]!
}

/** Publishes the open flow and waits until the save is done. */
async function publish(page: Page, w: Words = words.da) {
  const button = page.getByRole('button', { name: w.publish })
  await button.click()
  await expect(button).toBeDisabled({ timeout: 30_000 })
}

/** Opens the flow and scrolls to its experiment (Payload renders a group's fields once in view). */
async function openExperiment(page: Page, slug: string, w: Words = words.da) {
  await openFlow(page, slug)
  // The builder above may still grow while it renders: scroll again until the fields show.
  // On a busy machine one pass may miss: scroll to the end of the form and back, so the group
  // leaves and enters the viewport again.
  await expect(async () => {
    await page.locator('#field-slug').scrollIntoViewIfNeeded()
    await page.getByRole('heading', { name: w.group }).scrollIntoViewIfNeeded()
    await expect(page.getByLabel(w.hypothesis)).toBeVisible({ timeout: 3_000 })
  }).toPass({ timeout: 90_000 })
}

/**
 * Declares the experiment as an editor: a hypothesis, "the contact step followed" as the
 * primary outcome, published; then Indsigt reads out both. Returns the published experiment.
 */
async function declare(page: Page, slug: string, hypothesis: string, w: Words) {
  await openExperiment(page, slug, w)
  await page.getByLabel(w.hypothesis).fill(hypothesis)
  const [search, option, goal] = w.contact
  await pick(page, page.locator('#field-experiment__outcome'), search, option)
  await publish(page, w)
  const saved = await published(page, slug)
  expect(saved.experiment).toMatchObject({ hypothesis, outcome: 'contact_requested' })
  expect(saved.experiment?.periodStart).toEqual(expect.any(String))

  await page.goto(`/admin/indsigt?flow=${slug}`)
  const experiment = page.getByTestId('experiment')
  await expect(experiment.getByText(hypothesis)).toBeVisible()
  await expect(experiment.getByText(goal)).toBeVisible()
  return saved.experiment!
}

/** The period start the form shows after opening the flow again. */
async function shownPeriodStart(page: Page, slug: string): Promise<string> {
  await openExperiment(page, slug)
  const field = page.locator('#field-experiment__periodStart')
  await field.scrollIntoViewIfNeeded()
  const value = await field.locator('input').inputValue()
  expect(value).not.toBe('')
  return value
}

test.use({ locale: 'da-DK' })

test('an editor declares an experiment; changing the outcome or the variants starts a new period', async ({
  page,
}) => {
  await logIn(page, adminUser)
  const slug = await copyOfSampleFlow(page)
  // The declaration: a hypothesis in a sentence and the primary outcome from the list.
  const hypothesis = 'Når tjeklisten kommer først, følger flere kontakttrinnet.'
  const first = await declare(page, slug, hypothesis, words.da)
  const firstShown = await shownPeriodStart(page, slug)

  // A new hypothesis alone is the same design: the period stays.
  await openExperiment(page, slug)
  await page.getByLabel('Hypotese i én sætning').fill(`${hypothesis} Især for de nye.`)
  await publish(page)
  expect((await published(page, slug)).experiment?.periodStart).toBe(first.periodStart)
  expect(await shownPeriodStart(page, slug)).toBe(firstShown)

  // Another outcome: a new period, shown in the form (to the minute, so wait for the next one).
  const firstMs = Date.parse(first.periodStart!)
  await page.waitForTimeout(Math.max(0, firstMs - (firstMs % 60_000) + 60_500 - Date.now()))
  await pick(page, page.locator('#field-experiment__outcome'), 'Forløbet', 'Forløbet gennemført')
  await publish(page)
  const second = await published(page, slug)
  expect(second.experiment?.outcome).toBe('flow_completed')
  expect(Date.parse(second.experiment!.periodStart!)).toBeGreaterThan(
    Date.parse(first.periodStart!),
  )
  const secondShown = await shownPeriodStart(page, slug)
  expect(secondShown).not.toBe(firstShown)

  // Other shares for the variants: a new period again.
  await page.locator('#field-variants__0__share').fill('40')
  await page.locator('#field-variants__1__share').fill('60')
  await publish(page)
  const third = await published(page, slug)
  expect(Date.parse(third.experiment!.periodStart!)).toBeGreaterThan(
    Date.parse(second.experiment!.periodStart!),
  )
})

test('an editor declares an experiment with the admin in English', async ({ page, context }) => {
  // What Payload's language switch (Account → Language) stores.
  await context.addCookies([{ name: 'payload-lng', value: 'en', url: adminE2e.cmsUrl }])
  await logIn(page, adminUser)
  const slug = await copyOfSampleFlow(page)
  await declare(page, slug, 'With the checklist first, more citizens ask for contact.', words.en)
  await expect(
    page.getByTestId('experiment').getByRole('heading', { name: 'Experiment' }),
  ).toBeVisible()
})
