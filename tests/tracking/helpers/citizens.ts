import { expect } from 'vitest'
import type { TrackingEvent } from '../../../tracking/index.ts'
import { makeEvent, newSubject } from './events.ts'
import { viaInject } from './http.ts'
import type { ServedApp } from './servedApp.ts'

/** One citizen's events in a flow: answers (in order), steps viewed and completed. */
export function citizen(
  flow: string,
  answers: [string, string | string[]][],
  steps: { viewed?: string[]; completed?: string[]; flowCompleted?: boolean },
): TrackingEvent[] {
  const subject = newSubject()
  const event = (overrides: Partial<TrackingEvent>) =>
    makeEvent({ subject, flow, step: undefined, ...overrides })
  return [
    event({ type: 'flow_started' }),
    ...answers.map(([question, value], i) =>
      event({
        type: 'question_answered',
        answer: { question, value },
        at: `2026-11-25T10:0${i}:00.000Z`,
      }),
    ),
    ...(steps.viewed ?? []).map((step) => event({ type: 'step_viewed', step })),
    ...(steps.completed ?? []).map((step) => event({ type: 'step_completed', step })),
    ...(steps.flowCompleted ? [event({ type: 'flow_completed' })] : []),
  ]
}

/** `n` citizens' events made by `make`, one after another. */
export const times = <T>(n: number, make: () => T[]) => Array.from({ length: n }, make).flat()

/** Stores events through the real route in batches of 100, each answered 202. */
export async function sendEvents(app: ServedApp['app'], events: TrackingEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 100) {
    const answer = await viaInject(app, {
      method: 'POST',
      url: '/v1/events',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events: events.slice(i, i + 100) }),
    })
    expect(answer.status).toBe(202)
  }
}
