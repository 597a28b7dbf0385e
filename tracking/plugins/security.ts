import cors from '@fastify/cors'
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import helmet from 'helmet'
import type { TrackingConfig } from '../config.ts'

/**
 * Security headers (helmet), CORS for the allowed origins only (no credentials: the API
 * never reads cookies), and a per-client rate limit. The limiter keys on the client address
 * in memory only; it is never stored or logged.
 */
export async function registerSecurity(
  app: FastifyInstance,
  config: TrackingConfig,
): Promise<void> {
  // The headers a JSON API needs (OWASP REST Security: nothing may be loaded, framed or
  // sniffed; HTTPS only); those that only matter for HTML pages are left out. helmet's
  // middleware is built once here; @fastify/helmet rebuilt it on every request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
    xFrameOptions: { action: 'deny' },
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  })
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined))
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
