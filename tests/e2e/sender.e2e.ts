import { expect, test } from '@playwright/test'
import { answer } from './helpers.ts'
import { trackingUrl } from './trackingEnv.ts'
import { exported, openFlowSharing, sendingState } from './trackingHelpers.ts'

test('a 5xx keeps the batch queued and retries; a 4xx drops it with the server’s message in the console', async ({
  page,
  context,
}) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  let answerWith = 503
  let posts = 0
  await context.route(`${trackingUrl}/v1/events`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue()
    posts++
    if (answerWith === 0) return route.continue()
    await route.fulfill({
      status: answerWith,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': new URL(page.url()).origin },
      body: JSON.stringify({
        error: {
          status: answerWith,
          code: 'invalid_event',
          message: 'event 0, field "flow" is invalid.',
        },
      }),
    })
  })
  const subject = await openFlowSharing(page, '/forloeb/klart-jobmaal')
  await answer(page, 'Helt sikker')
  await expect.poll(() => posts).toBeGreaterThanOrEqual(2)
  expect((await sendingState(page))?.queue).toHaveLength(2)

  answerWith = 400
  await page.evaluate(() => window.dispatchEvent(new Event('online')))
  await expect.poll(async () => (await sendingState(page))?.queue.length).toBe(0)
  expect(errors.join('\n')).toContain('event 0, field "flow" is invalid.')

  answerWith = 0
  await answer(page, 'Ja')
  await expect
    .poll(async () => (await exported(subject)).map((event) => event.type))
    .toEqual(['question_answered'])
})
