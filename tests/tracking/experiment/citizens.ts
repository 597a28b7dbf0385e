import type { TrackingEvent } from '../../../tracking/index.ts'
import { makeEvent, newSubject } from '../helpers/events.ts'

/** What one simulated citizen did after starting a flow in a variant. */
export type Citizen = {
  variant: string
  completed?: boolean
  steps?: string[]
  ticked?: { checklist: string; items: number; unticked?: number }
  contact?: boolean
  alternative?: string
}

/** The events a citizen sends, as the site would (a flow_started with the variant first). */
export function citizenEvents(flow: string, citizen: Citizen): TrackingEvent[] {
  const subject = newSubject()
  const at = '2026-11-25T10:00:00.000Z'
  const event = (overrides: Partial<TrackingEvent>) =>
    makeEvent({ subject, at, step: undefined, ...overrides })
  const events = [event({ type: 'flow_started', flow, variant: citizen.variant })]
  for (const step of citizen.steps ?? [])
    events.push(event({ type: 'step_completed', flow, step, variant: citizen.variant }))
  const ticked = citizen.ticked
  for (let i = 0; i < (ticked?.items ?? 0); i++)
    events.push(
      event({ type: 'checklist_item_checked', content: ticked!.checklist, flow: undefined }),
    )
  for (let i = 0; i < (ticked?.unticked ?? 0); i++)
    events.push(
      event({ type: 'checklist_item_unchecked', content: ticked!.checklist, flow: undefined }),
    )
  if (citizen.contact) events.push(event({ type: 'contact_requested', flow: undefined }))
  if (citizen.alternative) events.push(event({ type: 'flow_started', flow: citizen.alternative }))
  if (citizen.completed)
    events.push(event({ type: 'flow_completed', flow, variant: citizen.variant }))
  return events
}

/** `count` citizens alike. */
export const many = (count: number, citizen: Citizen): Citizen[] =>
  Array.from({ length: count }, () => citizen)

/** Every count in an answer (started, reached, …) is "<5" or at least 5. */
export function countsUnderFive(answer: unknown): string[] {
  const found: string[] = []
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`))
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        const countKey = ['started', 'reached', 'unconfiguredStarted'].includes(key)
        if (countKey && typeof inner === 'number' && inner < 5) found.push(`${path}.${key}`)
        walk(inner, `${path}.${key}`)
      }
  }
  walk(answer, '')
  return found
}
