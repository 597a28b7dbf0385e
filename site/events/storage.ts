import { emptyTracking, parseTracking, trackingKey } from './trackingState.ts'
import type { TrackingState } from './types.ts'

/** The event a page's scripts hear when the sending state changes in this tab. */
const trackingChangeEvent = 'jobunivers:tracking'

function store(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** Reads the sending state fresh from the device (another tab may have changed it). */
export function loadTracking(): { state: TrackingState; reset: 'corrupt' | null } {
  try {
    return parseTracking(store()?.getItem(trackingKey) ?? null)
  } catch {
    return { state: emptyTracking(), reset: null }
  }
}

/** Writes the sending state and tells the page; false when the browser will not store it. */
export function saveTracking(state: TrackingState): boolean {
  let ok: boolean
  try {
    store()?.setItem(trackingKey, JSON.stringify(state))
    ok = store() !== null
  } catch {
    ok = false
  }
  if (typeof window !== 'undefined')
    window.dispatchEvent(new CustomEvent(trackingChangeEvent, { detail: state }))
  return ok
}

/** Reads, changes and writes the sending state in one go; returns the new state. */
export function updateTracking(change: (state: TrackingState) => TrackingState): TrackingState {
  const next = change(loadTracking().state)
  saveTracking(next)
  return next
}

/** Calls back when the sending state changes, in this tab or another; returns the unsubscribe. */
export function onTrackingChange(listener: (state: TrackingState) => void): () => void {
  const own = (event: Event) => {
    listener((event as CustomEvent<TrackingState>).detail)
  }
  const other = (event: StorageEvent) => {
    if (event.key === trackingKey || event.key === null) listener(loadTracking().state)
  }
  window.addEventListener(trackingChangeEvent, own)
  window.addEventListener('storage', other)
  return () => {
    window.removeEventListener(trackingChangeEvent, own)
    window.removeEventListener('storage', other)
  }
}
