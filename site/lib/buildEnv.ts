/**
 * Settings the site reads from the environment at build time. Only what a browser may see:
 * the tracking API's address and Algolia's search-only key, never an admin key.
 */
import { withoutTrailingSlash } from './withoutTrailingSlash.ts'

/** The tracking API's origin (TRACKING_URL, default http://localhost:4000), without a trailing slash. */
export function trackingUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.TRACKING_URL?.trim() || 'http://localhost:4000'
  return withoutTrailingSlash(raw)
}

/** Days the tracking API keeps events (TRACKING_RETENTION_DAYS, default 180), for the consent text. */
export function retentionDays(env: Record<string, string | undefined> = process.env): number {
  const days = Number(env.TRACKING_RETENTION_DAYS)
  return Number.isInteger(days) && days > 0 ? days : 180
}

/** Algolia search settings for the browser, or null when the build uses Pagefind. */
export type AlgoliaConfig = { appId: string; searchKey: string; index: string; host?: string }

/**
 * Algolia settings from ALGOLIA_APP_ID, ALGOLIA_SEARCH_KEY and ALGOLIA_INDEX (default
 * `jobunivers`); ALGOLIA_HOST (`127.0.0.1:PORT`, plain http) points the client at a local
 * stand-in, for tests only.
 */
export function algoliaConfig(
  env: Record<string, string | undefined> = process.env,
): AlgoliaConfig | null {
  const appId = env.ALGOLIA_APP_ID?.trim()
  const searchKey = env.ALGOLIA_SEARCH_KEY?.trim()
  if (!appId || !searchKey) return null
  const host = env.ALGOLIA_HOST?.trim()
  return {
    appId,
    searchKey,
    index: env.ALGOLIA_INDEX?.trim() || 'jobunivers',
    ...(host ? { host } : {}),
  }
}

/** The origins the browser may connect to for search when Algolia is configured (for the CSP). */
export function algoliaOrigins(config: AlgoliaConfig | null): string[] {
  if (!config) return []
  if (config.host) return [`http://${config.host.replace(/^https?:\/\//, '')}`]
  const id = config.appId.toLowerCase()
  return [
    `https://${id}-dsn.algolia.net`,
    ...[1, 2, 3].map((n) => `https://${id}-${n}.algolianet.com`),
  ]
}
