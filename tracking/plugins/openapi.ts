import swagger from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'
import type { TrackingConfig } from '../config.ts'

const description = [
  'Anonymous, consented progress events from the Jobunivers site, each citizen’s own data (export and erasure by the random subject id only their device knows), and aggregate funnels for editors. No IP address, user agent or cookie is stored.',
  '',
  'Every error is JSON of one shape, `{ "error": { "status", "code", "message", "event"?, "field"? } }`; `code` is stable, `message` may change. A path that is not listed here answers 404 (`not_found`) in that shape. Each client may make `TRACKING_RATE_LIMIT` requests a minute (600 by default; the health endpoints and this document are not counted); past it the answer is 429 with `Retry-After`. A request whose headers or body do not arrive in time is closed by the HTTP server with 408 and no body; send it again. Browsers of the allowed origins may call the API (CORS, no credentials).',
].join('\n')

/** The operations' groups, in the order a reader meets them. */
const tags = [
  { name: 'events', description: 'Progress events from the site, sent in batches.' },
  {
    name: 'subjects',
    description:
      'A citizen’s own data, by the random subject id their device made: export and erasure.',
  },
  {
    name: 'stats',
    description: 'Aggregate funnels for editors, behind the bearer token; counts under 5 are "<5".',
  },
  { name: 'operations', description: 'Liveness and readiness for operators and orchestrators.' },
]

/**
 * Describes every route registered after it as OpenAPI 3.1 and serves the document at
 * GET /openapi.json, with the configured public address as its server. Register it before
 * the routes.
 */
export async function registerOpenApi(app: FastifyInstance, config: TrackingConfig): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Jobunivers tracking API',
        version: '1.0.0',
        description,
        license: { name: 'MIT', identifier: 'MIT' },
        contact: { name: 'Jobunivers' },
      },
      servers: [{ url: config.publicUrl, description: 'This installation (TRACKING_URL).' }],
      tags,
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'The `TRACKING_READ_TOKEN` of the installation (at least 16 characters).',
          },
        },
      },
    },
  })
  app.get('/openapi.json', { schema: { hide: true }, config: { rateLimit: false } }, async () =>
    app.swagger(),
  )
}
