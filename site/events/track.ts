import type { Locale } from '../../content-models/browser.ts'
import { loadState } from '../state/storage.ts'
import { enqueue } from './batch.ts'
import { newEventId } from './eventId.ts'
import { makeEvent } from './makeEvent.ts'
import { scheduleFlush, startSender } from './sender.ts'
import { loadTracking, saveTracking } from './storage.ts'
import { claimOnce, nextAt } from './trackingState.ts'
import type { EventInput } from './types.ts'

function pageLocale(): Locale {
  return document.documentElement.lang === 'en' ? 'en' : 'da'
}

/**
 * Queues an event, only when the citizen has said yes to sending, and sends soon. The event
 * carries the municipality the citizen chose on this device, when they chose one. With
 * `once`, an event with that key is queued at most once per subject (flow started, a video
 * mark). Returns whether it was queued. Never throws: tracking must not break a page.
 */
export function track(input: EventInput, options: { once?: string } = {}): boolean {
  try {
    let { state } = loadTracking()
    if (!state.consent) return false
    const device = loadState().state
    const { subject } = device
    if (options.once) {
      const claimed = claimOnce(state, subject, options.once)
      if (!claimed.fresh) return false
      state = claimed.state
    }
    const timed = nextAt(state, Date.now())
    const event = makeEvent(input, {
      id: newEventId(),
      subject,
      at: timed.at,
      locale: pageLocale(),
      // The citizen's chosen municipality (deviceState's optional `municipality`), if any.
      municipality: (device as { municipality?: string }).municipality,
    })
    if (!event) {
      console.warn(
        `Jobunivers: an event the tracking API would refuse was not queued (${input.type}).`,
      )
      return false
    }
    saveTracking(enqueue(timed.state, event))
    startSender()
    scheduleFlush()
    return true
  } catch {
    return false
  }
}
