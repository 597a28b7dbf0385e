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
  // A JSON API: nothing may be loaded or framed. helmet's middleware is built once here;
  // @fastify/helmet rebuilds it on every request, which cost a third of the ingest rate.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
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
    await app.register(rateLimit, { max: config.rateLimitPerMinute, timeWindow: 60_000 })
  }
}
