/**
 * Where the e2e tracking API runs: a port of its own (E2E_TRACKING_PORT, default 4797, so a
 * tracking API on 4000 from `npm start` is left alone) and a fresh SQLite file per run.
 * The Playwright config and the tests read the same values from here.
 */
import { fileURLToPath } from 'node:url'

export const trackingPort = Number(process.env.E2E_TRACKING_PORT ?? 4797)
export const trackingUrl = `http://127.0.0.1:${trackingPort}`
export const trackingDb = fileURLToPath(
  new URL('../../node_modules/.cache/jobunivers-e2e/tracking.db', import.meta.url),
)
export const trackingReadToken = 'e2e-read-token-0123456789abcdef'
