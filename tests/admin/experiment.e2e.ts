// Indsigt reads an experiment out: events for the two variants of "Ny på dagpenge" and four
// answer groups go to the tracking API; the admin shows the rates, the sentence the
// statistics give for the same counts, the funnel of each plan (counted per plan by the API,
// so a plan's total is exact though one of its answer groups is under 5) as chart and table,
// and axe finds nothing — in Danish, and in English once the editor's admin language is English.
import { randomUUID } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { experimentSentences } from '../../cms/admin/insights/experimentSentences.ts'
import type { ExperimentStats } from '../../cms/admin/insights/trackingStats.ts'
import { compareVariants } from '../../tracking/stats/experiment/compareVariants.ts'
import { wcagTags } from '../lib/wcagTags.ts'
import { adminUser, logIn } from './adminSession.ts'
import { adminE2e } from './setup.ts'
import { sendEvents } from './sendEvents.ts'

const flow = 'ny-paa-dagpenge'
const shares = [
  { key: 'viden-foerst', share: 50 },
  { key: 'tjekliste-foerst', share: 50 },
]
/**
 * Per answer group: its answers, its citizens, and the first step of the plan they get. The
 * first and third get the path map's Plan 1 (no meeting yet, or only with the jobcentre);
 * the second and fourth, not yet registered, Plan 7, which starts with "meld dig ledig". The
 * fourth has 3 citizens: under 5 alone, yet counted in Plan 7's exact total (83).
 */
const groups = [
  { answers: { 'meldt-ledig': 'yes', samtaler: 'ingen', 'cv-klar': 'yes' }, citizens: 100 },
  { answers: { 'meldt-ledig': 'no', samtaler: 'ingen', 'cv-klar': 'yes' }, citizens: 80 },
  { answers: { 'meldt-ledig': 'yes', samtaler: 'jobcenter', 'cv-klar': 'yes' }, citizens: 60 },
  { answers: { 'meldt-ledig': 'no', samtaler: 'jobcenter', 'cv-klar': 'yes' }, citizens: 3 },
]
const notRegistered = (g: number) => g === 1 || g === 3
const firstStep = (g: number) => (notRegistered(g) ? 'meld-dig-ledig' : 'rettigheder')

const tallies = shares.map(({ key }) => ({ variant: key, started: 0, reached: 0 }))
const at = new Date().toISOString()
const event = (subject: string, fields: Record<string, unknown>) => ({
  id: randomUUID(),
  subject,
  at,
  flow,
  ...fields,
})
const events = groups.flatMap((group, g) =>
  Array.from({ length: group.citizens }, (_, i) => {
    const subject = `e2e-exp-${randomUUID()}`
    const variant = shares[i % 2]!.key
    // tjekliste-foerst completes every second of its citizens, viden-foerst every fourth.
    const completes = variant === 'tjekliste-foerst' ? i % 4 === 1 : i % 8 === 0
    const row = tallies.find((candidate) => candidate.variant === variant)!
    row.started++
    if (completes) row.reached++
    return [
      event(subject, { type: 'flow_started', variant }),
      ...Object.entries(group.answers).map(([question, value]) =>
        event(subject, { type: 'question_answered', answer: { question, value } }),
      ),
      event(subject, { type: 'step_viewed', step: firstStep(g) }),
      // The not-registered group views "meld dig ledig" but no one completes it yet.
      ...(notRegistered(g) ? [] : [event(subject, { type: 'step_completed', step: firstStep(g) })]),
      ...(completes ? [event(subject, { type: 'flow_completed', variant })] : []),
    ]
  }).flat(),
)

let sent: Promise<void> | undefined
/** Sends the events once for both languages' tests (they run in one worker, in order). */
async function sendOnce(request: APIRequestContext) {
  sent ??= sendEvents(request, events)
  await sent
}

/** What the statistics say for these counts (other tests' events in the flow carry no variant). */
const expectedSentences = (locale: 'da' | 'en') =>
  experimentSentences(
    {
      ...compareVariants(shares, tallies, 100),
      sampleRatio: { pValue: 1, mismatch: false },
    } as ExperimentStats,
    locale,
  )

const words = {
  da: { heading: 'Eksperiment', citizens: 'borgere', show: 'Vis', chart: /samme tal som tabellen/ },
  en: {
    heading: 'Experiment',
    citizens: 'citizens',
    show: 'Show',
    chart: /same numbers as the table/,
  },
}

/** Reads Indsigt for the flow in one admin language and checks every part of the read-out. */
async function readsTheExperiment(page: Page, locale: 'da' | 'en') {
  const w = words[locale]
  await logIn(page, adminUser)
  await page.goto(`/admin/indsigt?flow=${flow}`)
  const experiment = page.getByTestId('experiment')
  await expect(experiment.getByRole('heading', { name: w.heading })).toBeVisible()
  await expect(page.getByTestId('experiment-sentences').getByRole('listitem')).toHaveText(
    expectedSentences(locale),
  )
  const row = page
    .getByTestId('experiment-table')
    .locator('tbody tr', { has: page.getByRole('rowheader', { name: 'tjekliste-foerst' }) })
  await expect(row.getByRole('cell').nth(1)).toHaveText(String(tallies[1]!.started))
  await expect(row.getByRole('cell').nth(2)).toHaveText(String(tallies[1]!.reached))
  await expect(row.getByRole('cell').nth(3)).toHaveText(/^\d+ % \(\d+ %–\d+ %\)$/)

  // Plan 1: the first and third answer groups merged (100 + 60), its steps in the plan's order.
  const plan1 = page.getByTestId('answer-group').filter({
    has: page.getByRole('heading', { name: new RegExp(`^Plan 1: .+ \\(160 ${w.citizens}\\)$`) }),
  })
  await expect(plan1.getByRole('listitem')).toHaveCount(2)
  await expect(plan1.getByRole('table').getByRole('row').nth(1).getByRole('cell')).toHaveText([
    '160',
    '160',
  ])
  await expect(plan1.locator('figure figcaption')).toHaveText(w.chart)
  // Plan 7: not registered yet, 80 + 3 counted once each by the tracking API: an exact 83,
  // not a range; all saw "meld dig ledig", fewer than 5 completed it.
  const plan7 = page.getByTestId('answer-group').filter({
    has: page.getByRole('heading', { name: new RegExp(`^Plan 7: .+ \\(83 ${w.citizens}\\)$`) }),
  })
  await expect(plan7.getByRole('listitem')).toHaveCount(2)
  await expect(plan7.getByRole('table').getByRole('row').nth(1).getByRole('cell')).toHaveText([
    '83',
    '<5',
  ])
  // No count is a range ("9–13"): the API counted each plan itself.
  await expect(page.getByTestId('answer-groups').locator('td', { hasText: '–' })).toHaveCount(0)
  await expect(plan7.locator('figure [aria-hidden="true"]').first()).toContainText('<5')

  const results = await new AxeBuilder({ page })
    .withTags(wcagTags)
    .include('[data-testid="experiment"]')
    .include('[data-testid="answer-groups"]')
    .analyze()
  expect(results.violations.map((violation) => violation.id)).toEqual([])

  // The period form works from the keyboard: Enter on "Vis" reloads the same flow's read-out.
  await page.getByRole('button', { name: w.show, exact: true }).focus()
  await page.keyboard.press('Enter')
  await page.waitForURL(/[?&]flow=ny-paa-dagpenge/)
  await expect(plan1).toBeVisible()
}

test.use({ locale: 'da-DK' })

test('Indsigt shows the experiment’s rates and sentence, and each plan’s funnel', async ({
  page,
  request,
}) => {
  await sendOnce(request)
  await readsTheExperiment(page, 'da')
})

test('Indsigt reads the same experiment out in English when the admin language is English', async ({
  page,
  request,
  context,
}) => {
  await sendOnce(request)
  // What Payload's language switch (Account → Language) stores.
  await context.addCookies([{ name: 'payload-lng', value: 'en', url: adminE2e.cmsUrl }])
  await readsTheExperiment(page, 'en')
  await expect(
    page.getByRole('heading', { name: 'Answer groups: where do they stop?' }),
  ).toBeVisible()
})
