import { expect, type BrowserContext, type Page } from '@playwright/test'
import { trackingUrl } from './trackingEnv.ts'
import { hydrated } from './helpers.ts'

/** An event as the export endpoint returns it. */
export type StoredEvent = {
  id: string
  type: string
  flow?: string
  step?: string
  content?: string
  value?: number
  answer?: { question: string; value: string | string[] }
  at: string
}

/** What the tracking API holds for a subject, read through its export endpoint. */
export async function exported(subject: string, api = trackingUrl): Promise<StoredEvent[]> {
  const response = await fetch(`${api}/v1/subjects/${subject}/events`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { events: StoredEvent[] }).events
}

/** Every request the context makes to the tracking API's origin, as `METHOD path`. */
export function recordTrackingRequests(context: BrowserContext, api = trackingUrl): string[] {
  const seen: string[] = []
  context.on('request', (request) => {
    if (request.url().startsWith(api))
      seen.push(`${request.method()} ${new URL(request.url()).pathname}`)
  })
  return seen
}

/** The anonymous subject id in the page's device state. */
export async function subjectOf(page: Page): Promise<string> {
  const raw = await page.evaluate(() => localStorage.getItem('jobunivers:v1'))
  const subject = (JSON.parse(raw ?? '{}') as { subject?: string }).subject
  expect(subject).toMatch(/^[A-Za-z0-9_-]{16,64}$/)
  return subject!
}

/** The sending state as the site stores it on the device. */
type SendingState = { consent: boolean; queue: { id: string; type: string }[] }

/** The sending state on the device (consent, queue). */
export async function sendingState(page: Page): Promise<SendingState | null> {
  const raw = await page.evaluate(() => localStorage.getItem('jobunivers:tracking:v1'))
  return raw ? (JSON.parse(raw) as SendingState) : null
}

/** Turns sharing on with the consent checkbox on the page. */
export async function turnOnSharing(page: Page): Promise<void> {
  const choice = page.getByLabel(
    /^(Ja, send anonyme data om mine fremskridt|Yes, send anonymous data about my progress)$/,
  )
  await expect(choice).toBeEnabled()
  await choice.check()
  await expect(page.locator('[data-consent-status]').first()).toContainText(/slået til|is on/)
}

/** A compact form of events for comparing sequences: `type flow/step/content value answer`. */
export function summary(events: StoredEvent[]): string[] {
  return events.map((event) =>
    [
      event.type,
      event.step ?? '',
      event.content ?? '',
      event.value ?? '',
      event.answer ? `${event.answer.question}=${[event.answer.value].flat().join('+')}` : '',
    ]
      .filter((part) => part !== '')
      .join(' '),
  )
}

/** Opens a flow page, waits for the island, turns sharing on; returns the anonymous id. */
export async function openFlowSharing(page: Page, path: string): Promise<string> {
  await page.goto(path)
  await hydrated(page)
  await turnOnSharing(page)
  return subjectOf(page)
}
