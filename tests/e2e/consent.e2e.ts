import { expect, test } from '@playwright/test'
import { answer, hydrated } from './helpers.ts'
import {
  exported,
  recordTrackingRequests,
  sendingState,
  subjectOf,
  summary,
  turnOnSharing,
} from './trackingHelpers.ts'

test('sharing is off by default and a whole flow sends not one request to the tracking API', async ({
  page,
  context,
}) => {
  const requests = recordTrackingRequests(context)
  await page.goto('/forloeb/klart-jobmaal')
  await hydrated(page)
  await expect(page.getByLabel('Ja, send anonyme data om mine fremskridt')).not.toBeChecked()
  await expect(page.locator('[data-consent-status]')).toHaveText(
    'Deling er slået fra. Vi sender ikke noget.',
  )
  await answer(page, 'Helt sikker')
  await answer(page, 'Ja')
  await answer(page, 'At blive klar til jobsamtaler')
  await page.locator('[data-step="jobmaal"] button').click()
  await page.locator('[data-step="jobsamtale"] h3 a').click()
  await page.locator('[data-checklist] input').first().check()
  await page.goto('/laer/din-a-kasse')
  await page.getByRole('button', { name: 'Marker som færdig' }).click()
  await page.goto('/video/cv-paa-jobnet-kort-fortalt')
  await page.locator('video').evaluate(async (video: HTMLVideoElement) => {
    video.muted = true
    await video.play()
    video.currentTime = Math.max(0, video.duration - 0.1)
  })
  await page.waitForFunction(() =>
    (localStorage.getItem('jobunivers:v1') ?? '').includes('videos/cv-paa-jobnet-kort-fortalt'),
  )
  await page.goto('/mine-data')
  await expect(page.getByText('Deling er slået fra, så vi har ikke spurgt serveren.')).toBeVisible()
  await page.goto('/forloeb/klart-jobmaal')
  await hydrated(page)
  await page.waitForLoadState('networkidle')
  expect(requests).toEqual([])
  expect((await sendingState(page))?.queue ?? []).toEqual([])
})

test('with sharing on, the flow’s events reach the tracking API in order, each once', async ({
  page,
}) => {
  await page.goto('/forloeb/klart-jobmaal')
  await hydrated(page)
  await turnOnSharing(page)
  const subject = await subjectOf(page)
  await answer(page, 'Helt sikker')
  await answer(page, 'Ja')
  await answer(page, 'At blive klar til jobsamtaler')
  await page.locator('[data-step="jobmaal"] button').click()
  await page.locator('[data-step="jobsamtale"] h3 a').click()
  await page.locator('[data-checklist] input').first().check()
  await page.locator('[data-checklist] input').first().uncheck()
  await page.goto('/video/cv-paa-jobnet-kort-fortalt')
  await page.locator('video').evaluate(async (video: HTMLVideoElement) => {
    video.muted = true
    await video.play()
    video.currentTime = Math.max(0, video.duration - 0.1)
  })
  const expected = [
    'flow_started',
    'question_answered hvor-sikker=helt-sikker',
    'question_answered har-papirer=yes',
    'question_answered hjaelp-til=jobsamtale',
    'step_completed jobmaal',
    'step_viewed jobsamtale checklists/klar-til-jobsamtale',
    'checklist_item_checked checklists/klar-til-jobsamtale',
    'checklist_item_unchecked checklists/klar-til-jobsamtale',
    'video_progress videos/cv-paa-jobnet-kort-fortalt 25',
    'video_progress videos/cv-paa-jobnet-kort-fortalt 50',
    'video_progress videos/cv-paa-jobnet-kort-fortalt 75',
    'video_progress videos/cv-paa-jobnet-kort-fortalt 100',
  ]
  await expect
    .poll(async () => summary(await exported(subject)), { timeout: 15_000 })
    .toEqual(expected)
  const events = await exported(subject)
  expect(new Set(events.map((event) => event.id)).size).toBe(events.length)
  expect(events.every((event) => /^[0-9a-f-]{36}$/.test(event.id))).toBe(true)
  // Back on the plan: nothing already sent is sent again, and the queue empties.
  await page.goto('/forloeb/klart-jobmaal')
  await hydrated(page)
  await expect.poll(async () => (await sendingState(page))?.queue.length).toBe(0)
  expect(summary(await exported(subject))).toEqual(expected)
})

test('events queued just before the tab closes still arrive (fetch keepalive on page hide)', async ({
  context,
}) => {
  const page = await context.newPage()
  await page.goto('/forloeb/ny-paa-dagpenge')
  await hydrated(page)
  await turnOnSharing(page)
  const subject = await subjectOf(page)
  await page.getByLabel('Nej', { exact: true }).check()
  await page.getByRole('button', { name: 'Fortsæt' }).click()
  await page.close({ runBeforeUnload: true })
  await expect
    .poll(async () => summary(await exported(subject)), { timeout: 10_000 })
    .toEqual(['flow_started', 'question_answered meldt-ledig=no'])
})
