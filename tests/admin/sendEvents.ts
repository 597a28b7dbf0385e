import { expect, type APIRequestContext } from '@playwright/test'
import { adminE2e } from './setup.ts'

/** Posts events to the e2e tracking API as the site would (its origin), 100 per batch; each batch must be accepted. */
export async function sendEvents(
  request: APIRequestContext,
  events: readonly object[],
): Promise<void> {
  for (let i = 0; i < events.length; i += 100) {
    const sent = await request.post(`${adminE2e.trackingUrl}/v1/events`, {
      data: { events: events.slice(i, i + 100) },
      headers: { origin: adminE2e.siteUrl },
    })
    expect(sent.status()).toBe(202)
  }
}
