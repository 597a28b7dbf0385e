import { withoutTrailingSlash } from '../lib/withoutTrailingSlash.ts'

/** The tracking API's address, from the page (set at build from TRACKING_URL); null when absent. */
export function trackingApi(): string | null {
  if (typeof document === 'undefined') return null
  const url = document.querySelector<HTMLMetaElement>('meta[name="jf-tracking-api"]')?.content
  return url ? withoutTrailingSlash(url) : null
}

/** The API's error message from a refused answer (`{ error: { message } }`), or the status text. */
export async function serverMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } }
    if (typeof body.error?.message === 'string') return body.error.message
  } catch {
    // not JSON
  }
  return response.statusText || `HTTP ${response.status}`
}
