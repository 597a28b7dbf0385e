// Indsigt reads an experiment out: events for the two variants of "Ny på dagpenge" and three
// answer groups go to the tracking API; the admin shows the rates, the sentence the
// statistics give for the same counts, each group's funnel, and axe finds nothing.
import { randomUUID } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { experimentSentences } from '../../cms/admin/insights/experimentSentences.ts'
import type { ExperimentStats } from '../../cms/admin/insights/trackingStats.ts'
import { compareVariants } from '../../tracking/stats/experiment/compareVariants.ts'
import { wcagTags } from '../lib/wcagTags.ts'
import { adminUser, logIn } from './adminSession.ts'
import { sendEvents } from './sendEvents.ts'

const flow = 'ny-paa-dagpenge'
const shares = [
  { key: 'viden-foerst', share: 50 },
  { key: 'tjekliste-foerst', share: 50 },
]
/** Per answer group: its answers, its citizens per variant, and who completes. */
const groups = [
  { answers: { 'meldt-ledig': 'yes', samtaler: 'ingen' }, citizens: 100 },
  { answers: { 'meldt-ledig': 'no', samtaler: 'ingen' }, citizens: 80 },
  { answers: { 'meldt-ledig': 'yes', samtaler: 'a-kasse' }, citizens: 60 },
]

test.use({ locale: 'da-DK' })

test('Indsigt shows the experiment’s rates and sentence, and each answer group’s funnel', async ({
  page,
  request,
}) => {
  const at = new Date().toISOString()
  const event = (subject: string, fields: Record<string, unknown>) => ({
    id: randomUUID(),
    subject,
    at,
    flow,
    ...fields,
  })
  const tallies = shares.map(({ key }) => ({ variant: key, started: 0, reached: 0 }))
  const tally = (variant: string, completes: boolean) => {
    const row = tallies.find((candidate) => candidate.variant === variant)!
    row.started++
    if (completes) row.reached++
  }
  const events = groups.flatMap((group, g) =>
    Array.from({ length: group.citizens }, (_, i) => {
      const subject = `e2e-exp-${randomUUID()}`
      const variant = shares[i % 2]!.key
      // tjekliste-foerst completes every second of its citizens, viden-foerst every fourth.
      const completes = variant === 'tjekliste-foerst' ? i % 4 === 1 : i % 8 === 0
      tally(variant, completes)
      return [
        event(subject, { type: 'flow_started', variant }),
        ...Object.entries(group.answers).map(([question, value]) =>
          event(subject, { type: 'question_answered', answer: { question, value } }),
        ),
        event(subject, { type: 'step_viewed', step: 'meld-dig-ledig' }),
        ...(g !== 1 ? [event(subject, { type: 'step_completed', step: 'meld-dig-ledig' })] : []),
        ...(completes ? [event(subject, { type: 'flow_completed', variant })] : []),
      ]
    }).flat(),
  )
  await sendEvents(request, events)
  // What the statistics say for these counts (other tests' events in the flow carry no variant).
  const expected = experimentSentences(
    {
      ...compareVariants(shares, tallies, 100),
      sampleRatio: { pValue: 1, mismatch: false },
    } as ExperimentStats,
    'da',
  )

  await logIn(page, adminUser)
  await page.goto(`/admin/indsigt?flow=${flow}`)
  const experiment = page.getByTestId('experiment')
  await expect(experiment.getByRole('heading', { name: 'Eksperiment' })).toBeVisible()
  await expect(page.getByTestId('experiment-sentences').getByRole('listitem')).toHaveText(expected)
  const row = page
    .getByTestId('experiment-table')
    .locator('tbody tr', { has: page.getByRole('rowheader', { name: 'tjekliste-foerst' }) })
  await expect(row.getByRole('cell').nth(1)).toHaveText('120')
  await expect(row.getByRole('cell').nth(2)).toHaveText(String(tallies[1]!.reached))
  await expect(row.getByRole('cell').nth(3)).toHaveText(/^\d+ % \(\d+ %–\d+ %\)$/)

  const group = page.getByRole('table', {
    name: /^Har du meldt dig ledig på Jobnet\? Nej · Hvem har du allerede haft en samtale med\? Ingen endnu.*\(80 borgere\)$/,
  })
  await expect(group.getByRole('row').nth(1).getByRole('cell')).toHaveText(['80', '<5'])

  const results = await new AxeBuilder({ page })
    .withTags(wcagTags)
    .include('[data-testid="experiment"]')
    .include('[data-testid="answer-groups"]')
    .analyze()
  expect(results.violations.map((violation) => violation.id)).toEqual([])
})
