import type { FastifyPluginAsync } from 'fastify'
import { ApiError } from '../errors.ts'
import { logSafe } from '../logSafe.ts'
import { errorResponses } from '../schemas/common.ts'
import type { Store } from '../store/types.ts'

const ok = {
  type: 'object',
  required: ['status'],
  properties: { status: { type: 'string' } },
} as const

/** Liveness (/healthz: the process answers) and readiness (/readyz: the database answers). */
export const healthRoutes: FastifyPluginAsync<{ store: Store }> = async (app, { store }) => {
  const config = { rateLimit: false } as const
  app.get(
    '/healthz',
    { config, schema: { tags: ['operations'], response: { 200: ok } } },
    async () => ({
      status: 'ok',
    }),
  )
  app.get(
    '/readyz',
    { config, schema: { tags: ['operations'], response: { 200: ok, ...errorResponses(503) } } },
    async (request) => {
      try {
        await store.ping()
      } catch (error) {
        request.log.error({ err: logSafe(error) }, 'database does not answer')
        throw new ApiError(503, 'not_ready')
      }
      return { status: 'ready' }
    },
  )
}
