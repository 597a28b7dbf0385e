import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'
import { ensureUser, logIn } from './adminSession.ts'
import { pick } from './reactSelect.ts'
import { adminE2e } from './setup.ts'

const editor = {
  email: 'redaktoer@jobunivers.test',
  password: 'editor-password-e2e',
  name: 'Redaktør',
  role: 'editor',
}
const publisher = {
  email: 'udgiver@jobunivers.test',
  password: 'publisher-password-e2e',
  name: 'Udgiver',
  role: 'publisher',
}

const q1 = 'Har du et CV, du er glad for?'
const q2 = 'Hvor længe har du været ledig?'
const q2Options = ['Under en måned', 'Fra en til seks måneder', 'Over et halvt år']
/** Five steps: title, the lesson it shows (by title), or the contact step. */
const steps = [
  { title: 'Kend dine rettigheder', lesson: 'Dine rettigheder og pligter' },
  { title: 'Skriv dit CV', lesson: 'Dit CV på Jobnet' },
  { title: 'Søg bredere', lesson: 'Fire måder at søge job på' },
  { title: 'Ring til en arbejdsgiver', lesson: 'Ring til en arbejdsgiver' },
  { title: 'Tal med os', lesson: null },
]

test.use({ locale: 'da-DK' })

test.beforeAll(async ({ request }) => {
  await ensureUser(request, editor)
  await ensureUser(request, publisher)
})

/** The plan (step titles in order) the path map's table shows for the row whose answers contain all of `answers`. */
async function mapPlan(page: Page, answers: string[]): Promise<{ row: Locator; steps: string[] }> {
  let row = page.locator('[data-jf-path-table] tbody tr')
  for (const answer of answers) row = row.filter({ hasText: answer })
  await expect(row).toHaveCount(1)
  return { row, steps: await row.locator('[data-jf-plan-steps] li').allInnerTexts() }
}

/** What a citizen on the built site gets: answers the questions by clicking, reads the plan. */
async function citizenPlan(browser: Browser, slug: string, answers: string[]): Promise<string[]> {
  const context = await browser.newContext({ locale: 'da-DK' })
  const page = await context.newPage()
  await page.goto(`${adminE2e.siteUrl}/forloeb/${slug}/`)
  await page.locator('astro-island:not([ssr])').first().waitFor()
  for (const answer of answers) {
    await page.getByLabel(answer, { exact: true }).check()
    await page.getByRole('button', { name: 'Fortsæt' }).click()
  }
  const titles = await page.locator('.jf-tasks .jf-task-title').allInnerTexts()
  await context.close()
  return titles.map((title) => title.trim())
}

test('an editor builds a personalised flow with clicks and titles only; the site gives the plans the map promised', async ({
  browser,
}) => {
  test.setTimeout(600_000)
  const title = `Hjælp til jobsøgning ${Date.now()}`
  const context = await browser.newContext({ locale: 'da-DK' })
  const page = await context.newPage()
  await logIn(page, editor)
  await page.goto('/admin/collections/flows/create')
  await page
    .getByRole('textbox', { name: /^Titel/ })
    .first()
    .fill(title)

  // Two questions: a yes/no one, and one with three options. No key is typed anywhere.
  await page.getByRole('button', { name: 'Tilføj Spørgsmål' }).click()
  await pick(page, page.locator('#field-questions__0__type'), 'Ja', 'Ja/nej')
  await page.locator('#field-questions__0__prompt').fill(q1)
  await page.getByRole('button', { name: 'Tilføj Spørgsmål' }).click()
  await page.locator('#field-questions__1__prompt').fill(q2)
  for (const [index, label] of q2Options.entries()) {
    await page
      .locator('#field-questions__1__options')
      .getByRole('button', { name: 'Tilføj Svarmulighed' })
      .click()
    await page.locator(`#field-questions__1__options__${index}__label`).fill(label)
  }

  // Five steps, four with a lesson and the last the contact step.
  for (const [index, step] of steps.entries()) {
    await page.getByRole('button', { name: 'Tilføj Trin' }).click()
    await page.locator(`#field-steps__${index}__title`).fill(step.title)
    if (step.lesson)
      await pick(page, page.locator(`#field-steps__${index}__content`), step.lesson, step.lesson)
    else await pick(page, page.locator(`#field-steps__${index}__kind`), 'Kontakt', /^Kontakt/)
  }

  // Rules, as sentences: two on answers, one on a step done.
  const rule = async (index: number, subject: string, value?: string) => {
    const condition = page.locator(`#field-steps__${index}__showWhen`)
    await condition.getByRole('button', { name: 'Tilføj betingelse' }).click()
    await condition
      .getByRole('combobox', { name: /^Hvad reglen handler om/ })
      .selectOption({ label: subject })
    if (value)
      await condition.getByRole('combobox', { name: /^Svar/ }).selectOption({ label: value })
    return condition.locator('[data-jf-condition-sentence]')
  }
  await expect(await rule(1, q1, 'Nej')).toHaveText(`Vis trinnet, når ${q1} er Nej`)
  await expect(await rule(2, q2, 'Over et halvt år')).toHaveText(
    `Vis trinnet, når ${q2} er Over et halvt år`,
  )
  await expect(await rule(3, `trinnet "${steps[0]!.title}"`)).toHaveText(
    `Vis trinnet, når trinnet ${steps[0]!.title} er klaret`,
  )

  // The path map, computed on the unsaved draft.
  await expect(page.locator('[data-jf-path-map-headline]')).toHaveText(
    '4 forskellige planer for 6 svarkombinationer',
  )
  const titles = (indexes: number[]) =>
    indexes.map((i) => steps[i]!.title + (i === 4 ? ' (kontakt)' : ''))
  const noCvLong = await mapPlan(page, [`${q1} Nej`, `${q2} Over et halvt år`])
  expect(noCvLong.steps).toEqual(titles([0, 1, 2, 4]))
  const cvShort = await mapPlan(page, [`${q1} Ja`, `${q2} Under en måned`])
  expect(cvShort.steps).toEqual(titles([0, 4]))
  await expect(cvShort.row.getByRole('cell').nth(3)).toHaveText('2')

  // Try the first combination from its row of the map; ticking the first step brings the fourth.
  await noCvLong.row.getByRole('button', { name: /^Prøv med disse svar/ }).click()
  const trialSteps = page.locator('[data-jf-trial-steps] > li strong')
  await expect(trialSteps).toHaveText([0, 1, 2, 4].map((i) => steps[i]!.title))
  await page.getByRole('button', { name: `Marker som klaret: ${steps[0]!.title}` }).click()
  await expect(trialSteps).toHaveText([0, 1, 2, 3, 4].map((i) => steps[i]!.title))
  // Try the second by answering, going back once, as a citizen would.
  await page.getByRole('button', { name: 'Start forfra' }).click()
  const screen = page.locator('[data-jf-trial-screen]')
  await screen.getByLabel('Nej').check()
  await screen.getByRole('button', { name: 'Fortsæt' }).click()
  await screen.getByRole('button', { name: 'Tilbage' }).click()
  await screen.getByLabel('Ja').check()
  await screen.getByRole('button', { name: 'Fortsæt' }).click()
  await screen.getByLabel('Under en måned').check()
  await screen.getByRole('button', { name: 'Fortsæt' }).click()
  await expect(trialSteps).toHaveText([0, 4].map((i) => steps[i]!.title))

  // No JSON and no code editor anywhere in the edit view.
  await expect(page.locator('.json-field, .code-editor, .monaco-editor')).toHaveCount(0)

  await page.getByRole('button', { name: 'Gem kladde' }).click()
  await expect(page.getByText('Forløb oprettet.')).toBeVisible({ timeout: 30_000 })
  await page.waitForURL(/\/admin\/collections\/flows\/\d+/)
  const id = /\/flows\/(\d+)/.exec(page.url())![1]
  const saved = await page.request.get(`/api/flows/${id}?draft=true&depth=0`)
  const slug = ((await saved.json()) as { slug: string }).slug
  expect(slug).toMatch(/^hjaelp-til-jobsoegning-\d+$/)
  await context.close()

  // A publisher publishes.
  const publishing = await browser.newContext({ locale: 'da-DK' })
  const publisherPage = await publishing.newPage()
  await logIn(publisherPage, publisher)
  await publisherPage.goto(`/admin/collections/flows/${id}`)
  const publish = publisherPage.getByRole('button', {
    name: /Offentliggør ændringer|Udgiv ændringer/,
  })
  await publish.click()
  await expect(publish).toBeDisabled({ timeout: 20_000 })
  await publishing.close()

  // After the rebuild, a citizen gets exactly the plans the map promised.
  await expect
    .poll(
      async () => (await fetch(`${adminE2e.siteUrl}/forloeb/${slug}/`).catch(() => null))?.status,
      {
        timeout: 180_000,
        intervals: [2000],
      },
    )
    .toBe(200)
  // A citizen who has not chosen a municipality gets the contact step as "Find dit jobcenter".
  const promised = (plan: string[]) =>
    plan.map((step) => (step.endsWith(' (kontakt)') ? 'Find dit jobcenter' : step))
  expect(await citizenPlan(browser, slug, ['Nej', 'Over et halvt år'])).toEqual(
    promised(noCvLong.steps),
  )
  expect(await citizenPlan(browser, slug, ['Ja', 'Under en måned'])).toEqual(
    promised(cvShort.steps),
  )
})
