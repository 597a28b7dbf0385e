import cors from '@fastify/cors'
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import type { TrackingConfig } from '../config.ts'

// The headers a JSON API needs (OWASP REST Security Cheat Sheet): nothing may be loaded,
// framed or sniffed, HTTPS only, no referrer. They never vary, so they are one constant
// object; helmet's middleware, which sets them one by one on every request, cost about
// a tenth of the request's CPU time.
const securityHeaders = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
} as const

/**
 * Security headers, CORS for the allowed origins only (no credentials: the API
 * never reads cookies), and a per-client rate limit. The limiter keys on the client address
 * in memory only; it is never stored or logged.
 */
export async function registerSecurity(
  app: FastifyInstance,
  config: TrackingConfig,
): Promise<void> {
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(securityHeaders)
    done()
  })
  await app.register(cors, {
    origin: config.allowedOrigins,
    methods: ['GET', 'POST', 'DELETE'],
    allowedHeaders: ['content-type', 'authorization'],
    credentials: false,
    maxAge: 600,
  })
  if (config.rateLimitPerMinute > 0) {
    // The limit's headers go only on a 429 (with Retry-After), not on every answer.
    await app.register(rateLimit, {
      max: config.rateLimitPerMinute,
      timeWindow: 60_000,
      addHeadersOnExceeding: {
        'x-ratelimit-limit': false,
        'x-ratelimit-remaining': false,
        'x-ratelimit-reset': false,
      },
    })
  }
}
