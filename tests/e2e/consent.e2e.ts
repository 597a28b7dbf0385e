import { expect, test, type Page } from '@playwright/test'
import { answer, hydrated } from './helpers.ts'
import {
  exported,
  openFlowSharing,
  recordTrackingRequests,
  sendingState,
  summary,
} from './trackingHelpers.ts'

/** Opens the CV video, plays it muted and skips to its last tenth of a second. */
async function watchVideoToTheEnd(page: Page): Promise<void> {
  await page.goto('/video/cv-paa-jobnet-kort-fortalt')
  await page.locator('video').evaluate(async (video: HTMLVideoElement) => {
    video.muted = true
    await video.play()
    video.currentTime = Math.max(0, video.duration - 0.1)
  })
}

/** Answers the flow's three questions, opens the job-interview checklist and ticks its first item. */
async function answerAndTickChecklist(page: Page): Promise<void> {
  await answer(page, 'Helt sikker')
  await answer(page, 'Ja')
  await answer(page, 'At blive klar til jobsamtaler')
  await page.locator('[data-step="jobmaal"] button').click()
  await page.locator('[data-step="jobsamtale"] h3 a').click()
  await page.locator('[data-checklist] input').first().check()
}

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
  await answerAndTickChecklist(page)
  await page.goto('/laer/din-a-kasse')
  await page.getByRole('button', { name: 'Marker som færdig' }).click()
  await watchVideoToTheEnd(page)
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
  const subject = await openFlowSharing(page, '/forloeb/klart-jobmaal')
  await answerAndTickChecklist(page)
  await page.locator('[data-checklist] input').first().uncheck()
  await watchVideoToTheEnd(page)
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
  const subject = await openFlowSharing(page, '/forloeb/ny-paa-dagpenge')
  await page.getByLabel('Nej', { exact: true }).check()
  await page.getByRole('button', { name: 'Fortsæt' }).click()
  await page.close({ runBeforeUnload: true })
  await expect
    .poll(async () => summary(await exported(subject)), { timeout: 10_000 })
    .toEqual(['flow_started', 'question_answered meldt-ledig=no'])
})

test('with sharing on, an offered fallback, a followed contact link and a finished flow are each sent once', async ({
  page,
}) => {
  const flowPath = '/forloeb/kort-tid-ledig'
  const subject = await openFlowSharing(page, flowPath)
  await answer(page, 'Under en måned')
  await answer(page, 'Jeg søger job i opslag')
  // The screening helper asks only what a condition can still use: the duties question
  // stays, since the fallback depends on it.
  for (let asked = 0; asked < 3; asked++) {
    const prompt = (await page.locator('legend').first().textContent()) ?? ''
    if (prompt.includes('Kender du dine pligter')) break
    await answer(page, 'Ja')
    await expect(page.locator('legend').first()).not.toHaveText(prompt)
  }
  await answer(page, 'Nej')
  await expect(page.locator('.jf-plan')).toBeVisible()
  // The phone link would leave the page; the click is what counts.
  await page.evaluate(() =>
    document.addEventListener('click', (event) => {
      if ((event.target as Element | null)?.closest('[data-contact] a')) event.preventDefault()
    }),
  )
  await page.locator('[data-contact] a[href^="tel:"]').first().click()
  for (let round = 0; round < 30; round++) {
    const current = page.locator('.jf-plan [data-status="current"]').first()
    if ((await current.count()) === 0) break
    const markDone = current.getByRole('button', { name: 'Marker som klaret', exact: true })
    if ((await markDone.count()) > 0) {
      await markDone.click()
      continue
    }
    // A checklist step is done when every item is ticked, on the checklist's own page.
    await current.locator('h3 a').click()
    for (const item of await page.locator('[data-checklist] input').all())
      if (!(await item.isChecked())) await item.check()
    await page.goto(flowPath)
    await hydrated(page)
  }
  await expect(page.locator('.jf-plan [data-status="current"]')).toHaveCount(0)
  const once = (type: string) => async () =>
    (await exported(subject)).filter((event) => event.type === type).length
  for (const type of ['fallback_offered', 'contact_requested', 'flow_completed'])
    await expect.poll(once(type), { timeout: 15_000, message: type }).toBe(1)
  const flows = (await exported(subject))
    .filter((event) =>
      ['fallback_offered', 'contact_requested', 'flow_completed'].includes(event.type),
    )
    .map((event) => event.flow)
  expect(flows).toEqual(['kort-tid-ledig', 'kort-tid-ledig', 'kort-tid-ledig'])
})
