import swagger from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'

/**
 * Describes every route registered after it as OpenAPI 3.1 and serves the document at
 * GET /openapi.json. Register it before the routes.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Jobunivers tracking API',
        version: '1.0.0',
        description:
          'Anonymous, consented progress events from the site, and aggregate funnels for editors. No IP address, user agent or cookie is stored.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  })
  app.get('/openapi.json', { schema: { hide: true }, config: { rateLimit: false } }, async () =>
    app.swagger(),
  )
}
