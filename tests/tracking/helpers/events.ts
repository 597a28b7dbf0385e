import { randomBytes, randomUUID } from 'node:crypto'
import type { TrackingEvent } from '../../../tracking/index.ts'

/** A fresh anonymous subject id, as a device would make one. */
export function newSubject(): string {
  return randomBytes(16).toString('base64url')
}

/** A fresh flow slug, so tests sharing a database do not see each other's aggregates. */
export function newFlow(): string {
  return `flow-${randomBytes(4).toString('hex')}`
}

/** A valid event; override any field. */
export function makeEvent(overrides: Partial<TrackingEvent> = {}): TrackingEvent {
  return {
    id: randomUUID(),
    subject: 'subject-aaaaaaaaaaaa',
    type: 'step_viewed',
    flow: 'find-job',
    step: 'intro',
    locale: 'da',
    at: '2026-11-25T10:00:00.000Z',
    ...overrides,
  }
}

/** A valid batch of `n` step_viewed events for one subject. */
export function makeBatch(n: number, subject = newSubject()): TrackingEvent[] {
  return Array.from({ length: n }, (_, i) => makeEvent({ subject, step: `step-${i}` }))
}
