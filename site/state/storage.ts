import { parseState, serializeState, type DeviceState, type ResetReason } from './deviceState.ts'
import { changeEvent, storageKey } from './keys.ts'
import { newSubject } from './subject.ts'

/** The state as read from the device, and why it was reset if it was. */
export type Loaded = { state: DeviceState; reset: ResetReason | null; persistent: boolean }

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
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
