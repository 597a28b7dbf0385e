import { trackingKey } from './trackingKey.ts'

/**
 * Whether the citizen has said yes to sending, read without loading the event code, so pages
 * load it only for those who did. A value that does not parse counts as no; the full reader
 * (`loadTracking`) decides everything else once the code is loaded.
 */
export function consented(): boolean {
  try {
    const raw = localStorage.getItem(trackingKey)
    return raw !== null && (JSON.parse(raw) as { consent?: unknown }).consent === true
  } catch {
    return false
  }
}
