import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { answer, hydrated } from './helpers.ts'
import { trackingPort, trackingUrl } from './trackingEnv.ts'
import { TrackingServer } from './trackingServer.ts'
import {
  exported,
  openFlowSharing,
  sendingState,
  subjectOf,
  summary,
  turnOnSharing,
} from './trackingHelpers.ts'

const db = fileURLToPath(
  new URL('../../node_modules/.cache/jobunivers-e2e/tracking-restart.db', import.meta.url),
)

test('with the tracking API stopped mid-flow, queued events arrive after it is back, none twice', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000)
  const server = new TrackingServer(trackingPort + 5, db, new URL(baseURL!).origin)
  server.fresh()
  await server.start()
  let up = true
  // The built site talks to TRACKING_URL; this test's own server stands behind that address.
  await context.route(`${trackingUrl}/**`, async (route) => {
    if (!up) return route.abort('connectionrefused')
    const url = route.request().url().replace(trackingUrl, server.url)
    try {
      await route.fulfill({ response: await route.fetch({ url }) })
    } catch {
      await route.abort('connectionrefused')
    }
  })
  try {
    await page.goto('/forloeb/klart-jobmaal')
    await hydrated(page)
    await turnOnSharing(page)
    const subject = await subjectOf(page)
    await answer(page, 'Helt sikker')
    await expect.poll(async () => (await exported(subject, server.url)).length).toBe(2)

    await server.stop()
    up = false
    await answer(page, 'Ja')
    await answer(page, 'At blive klar til jobsamtaler')
    await page.locator('[data-step="jobmaal"] button').click()
    // Still down: the events wait on the device, through a reload too.
    await expect.poll(async () => (await sendingState(page))?.queue.length).toBe(3)
    await page.reload()
    await hydrated(page)
    expect((await sendingState(page))?.queue.length).toBe(3)

    await server.start()
    up = true
    await expect
      .poll(async () => summary(await exported(subject, server.url)), { timeout: 30_000 })
      .toEqual([
        'flow_started',
        'question_answered hvor-sikker=helt-sikker',
        'question_answered har-papirer=yes',
        'question_answered hjaelp-til=jobsamtale',
        'step_completed jobmaal',
      ])
    await expect.poll(async () => (await sendingState(page))?.queue.length).toBe(0)
    const events = await exported(subject, server.url)
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length)
  } finally {
    await server.stop()
  }
})

test('events made while the browser is offline wait on the device and are sent when it is back online', async ({
  page,
  context,
}) => {
  const subject = await openFlowSharing(page, '/forloeb/klart-jobmaal')
  await answer(page, 'Helt sikker')
  const online = ['flow_started', 'question_answered hvor-sikker=helt-sikker']
  await expect.poll(async () => summary(await exported(subject))).toEqual(online)

  await context.setOffline(true)
  await answer(page, 'Ja')
  await answer(page, 'At blive klar til jobsamtaler')
  await expect.poll(async () => (await sendingState(page))?.queue.length).toBe(2)
  expect(summary(await exported(subject))).toEqual(online)

  await context.setOffline(false)
  await expect
    .poll(async () => summary(await exported(subject)), { timeout: 15_000 })
    .toEqual([
      ...online,
      'question_answered har-papirer=yes',
      'question_answered hjaelp-til=jobsamtale',
    ])
  await expect.poll(async () => (await sendingState(page))?.queue.length).toBe(0)
})
