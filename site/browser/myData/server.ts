import { serverMessage, trackingApi, type TrackingEvent } from '../../events/index.ts'

/** A stored event as the export endpoint returns it: what was sent, plus the receive time. */
export type StoredEvent = TrackingEvent & { receivedAt: string }

function api(): string {
  const url = trackingApi()
  if (!url) throw new Error('no tracking API address on the page')
  return url
}

/** Everything the server holds for a subject (GET /v1/subjects/:subject/events). */
export async function serverEvents(subject: string): Promise<StoredEvent[]> {
  const response = await fetch(`${api()}/v1/subjects/${encodeURIComponent(subject)}/events`, {
    cache: 'no-store',
  })
  if (!response.ok) throw new Error(await serverMessage(response))
  return ((await response.json()) as { events: StoredEvent[] }).events
}

/** Erases everything the server holds for a subject (DELETE /v1/subjects/:subject). */
export async function eraseOnServer(subject: string): Promise<void> {
  const response = await fetch(`${api()}/v1/subjects/${encodeURIComponent(subject)}`, {
    method: 'DELETE',
  })
  if (!response.ok) throw new Error(await serverMessage(response))
}
