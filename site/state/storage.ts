import {
  parseState,
  serializeState,
  storageKey,
  type DeviceState,
  type ResetReason,
} from './deviceState.ts'
import { newSubject } from './subject.ts'

/** The event a page's scripts hear when the state changes (same tab); other tabs hear `storage`. */
const changeEvent = 'jobunivers:state'

/** The state as read from the device, and why it was reset if it was. */
export type Loaded = { state: DeviceState; reset: ResetReason | null; persistent: boolean }

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/**
 * Reads the state without writing anything: for a page that only shows what is stored (the
 * municipality line on every page). Null when nothing usable is stored.
 */
export function peekState(): DeviceState | null {
  let raw: string | null
  try {
    raw = storage()?.getItem(storageKey) ?? null
  } catch {
    return null
  }
  const { state, reset } = parseState(raw, () => '')
  return raw === null || reset ? null : state
}

/** Reads the state; a corrupt or outdated value is replaced at once, so the notice shows once. */
export function loadState(): Loaded {
  const store = storage()
  let raw: string | null
  try {
    raw = store?.getItem(storageKey) ?? null
  } catch {
    raw = null
  }
  const { state, reset } = parseState(raw, () => newSubject())
  const persistent =
    store !== null && (raw !== null && reset === null ? true : writeState(state, false))
  return { state, reset, persistent }
}

/** Writes the state and tells the page; false when the browser will not store it. */
export function writeState(state: DeviceState, announce = true): boolean {
  let ok: boolean
  try {
    storage()?.setItem(storageKey, serializeState(state))
    ok = storage() !== null
  } catch {
    ok = false
  }
  if (announce && typeof window !== 'undefined')
    window.dispatchEvent(new CustomEvent(changeEvent, { detail: state }))
  return ok
}

/** Calls back whenever the state changes, in this tab or another; returns the unsubscribe. */
export function onStateChange(listener: (state: DeviceState) => void): () => void {
  const own = (event: Event) => listener((event as CustomEvent<DeviceState>).detail)
  const other = (event: StorageEvent) => {
    if (event.key === storageKey) listener(loadState().state)
  }
  window.addEventListener(changeEvent, own)
  window.addEventListener('storage', other)
  return () => {
    window.removeEventListener(changeEvent, own)
    window.removeEventListener('storage', other)
  }
}
