import type { FastifyInstance } from 'fastify'

/**
 * One log line per answered request: method, route pattern (not the URL, which may hold a
 * subject id), status and time. Never the body, the client address or any header.
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unknown',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request done',
    )
  })
}
