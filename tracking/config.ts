/** A configuration value that cannot be used; `variable` names the environment variable. */
export class ConfigError extends Error {
  readonly variable: string
  constructor(variable: string, problem: string) {
    super(`${variable}: ${problem}`)
    this.name = 'ConfigError'
    this.variable = variable
  }
}

/** Everything the service reads from its environment. */
export type TrackingConfig = {
  port: number
  host: string
  /** `TRACKING_DATABASE_URL` as given (undefined: SQLite at data/tracking.db). */
  databaseUrl: string | undefined
  /** Origins allowed to call the API from a browser (CORS). */
  allowedOrigins: string[]
  /** Bearer token for the aggregate endpoints; unset means they refuse everyone. */
  readToken: string | undefined
  retentionDays: number
  /** Requests per minute per client; 0 turns the limit off (benchmarks only). */
  rateLimitPerMinute: number
  logLevel: string
  /** Where clients reach the API (`TRACKING_URL`): the OpenAPI document's server. */
  publicUrl: string
}

/** The API's own address in development (`npm start`). */
const defaultPublicUrl = 'http://localhost:4000'

function publicUrl(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === '') return defaultPublicUrl
  let url: URL | undefined
  try {
    url = new URL(raw.trim())
  } catch {
    url = undefined
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
    throw new ConfigError('TRACKING_URL', `"${raw}" is not an address like https://example.dk`)
  }
  return url.href.replace(/\/+$/, '')
}

/** The site's own origin in development (Astro preview). */
const defaultAllowedOrigins = ['http://localhost:4321']

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

function integer(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number,
) {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`)
  }
  return value
}

function origins(raw: string | undefined, siteUrl: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') {
    // Unset: the site's own origin (SITE_URL, which may carry a path), as .env.example says.
    if (siteUrl === undefined || siteUrl.trim() === '') return defaultAllowedOrigins
    try {
      return [new URL(siteUrl).origin]
    } catch {
      throw new ConfigError('SITE_URL', `"${siteUrl}" is not an address like https://example.dk`)
    }
  }
  return raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => {
      let url: URL
      try {
        url = new URL(origin)
      } catch {
        throw new ConfigError('TRACKING_ALLOWED_ORIGINS', `"${origin}" is not an origin`)
      }
      if (url.origin !== origin.replace(/\/$/, '') || !/^https?:$/.test(url.protocol)) {
        throw new ConfigError(
          'TRACKING_ALLOWED_ORIGINS',
          `"${origin}" is not an origin like https://example.dk`,
        )
      }
      return url.origin
    })
}

/**
 * Reads and checks the service's configuration from environment variables, throwing a
 * ConfigError that names the variable at fault.
 * @example loadConfig({ TRACKING_PORT: '4100' }).port // 4100
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): TrackingConfig {
  const logLevel = env.TRACKING_LOG_LEVEL?.trim() || 'info'
  if (!logLevels.includes(logLevel)) {
    throw new ConfigError('TRACKING_LOG_LEVEL', `must be one of ${logLevels.join(', ')}`)
  }
  const readToken = env.TRACKING_READ_TOKEN?.trim() || undefined
  if (readToken !== undefined && readToken.length < 16) {
    throw new ConfigError('TRACKING_READ_TOKEN', 'must be at least 16 characters')
  }
  return {
    port: integer(env, 'TRACKING_PORT', 4000, 0, 65535),
    host: env.TRACKING_HOST?.trim() || '127.0.0.1',
    databaseUrl: env.TRACKING_DATABASE_URL?.trim() || undefined,
    allowedOrigins: origins(env.TRACKING_ALLOWED_ORIGINS, env.SITE_URL),
    readToken,
    retentionDays: integer(env, 'TRACKING_RETENTION_DAYS', 180, 1, 3650),
    rateLimitPerMinute: integer(env, 'TRACKING_RATE_LIMIT', 600, 0, 1_000_000),
    logLevel,
    publicUrl: publicUrl(env.TRACKING_URL),
  }
}
