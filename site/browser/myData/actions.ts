import { emptyTracking, loadTracking } from '../../events/index.ts'
import type { DeviceState } from '../../state/deviceState.ts'
import { eraseOnServer, serverEvents, type StoredEvent } from './server.ts'

/** The subjects whose server data this device may read or erase: those it sent for, and the current one while sharing is on. */
export function knownSubjects(current: string): string[] {
  const { state } = loadTracking()
  return [...new Set([...state.sentFor, ...(state.consent ? [current] : [])])]
}

/** Everything the server holds for each subject. */
export async function serverData(subjects: string[]): Promise<Record<string, StoredEvent[]>> {
  const entries = await Promise.all(
    subjects.map(async (subject) => [subject, await serverEvents(subject)] as const),
  )
  return Object.fromEntries(entries)
}

/** Offers everything as one JSON file to save. */
export function downloadJson(data: unknown, name: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The device's whole record, for the download: the device state, the sending state and what the server holds. */
export async function everything(device: DeviceState): Promise<unknown> {
  const subjects = knownSubjects(device.subject)
  let server: Record<string, StoredEvent[]> | string
  try {
    server = await serverData(subjects)
  } catch (error) {
    server = `not available: ${(error as Error).message}`
  }
  return { exportedAt: new Date().toISOString(), device, sending: loadTracking().state, server }
}

/**
 * Erases on the server first (every subject this device sent for), and only when that worked,
 * everything in this site's localStorage. Throws, erasing nothing locally, when the server fails.
 */
export async function eraseEverything(current: string): Promise<void> {
  for (const subject of knownSubjects(current)) await eraseOnServer(subject)
  try {
    localStorage.clear()
  } catch {
    // storage unavailable: nothing was stored either
  }
  // Tell this page's scripts (storage events only reach other tabs); nothing is written.
  window.dispatchEvent(new CustomEvent('jobunivers:tracking', { detail: emptyTracking() }))
}
