import type { FastifyPluginAsync } from 'fastify'
import { ApiError } from '../errors.ts'
import { logSafe } from '../logSafe.ts'
import { errorResponses, noQuery } from '../schemas/common.ts'
import type { Store } from '../store/types.ts'

const status = (value: string, description: string) =>
  ({
    type: 'object',
    required: ['status'],
    properties: { status: { type: 'string', enum: [value] } },
    description,
    examples: [{ status: value }],
  }) as const

// Health checks take no query string: one given is a 400, as an unknown field is anywhere.
const unknownQuery = {
  400: {
    status: 400,
    code: 'invalid_request',
    message: 'field "x" is not a known field.',
    field: 'x',
  },
} as const

/** Liveness (/healthz: the process answers) and readiness (/readyz: the database answers). */
export const healthRoutes: FastifyPluginAsync<{ store: Store }> = async (app, { store }) => {
  const config = { rateLimit: false } as const
  app.get(
    '/healthz',
    {
      config,
      schema: {
        operationId: 'checkLiveness',
        summary: 'Liveness: the process answers',
        tags: ['operations'],
        security: [],
        querystring: noQuery,
        response: {
          200: status('ok', 'The process answers.'),
          ...errorResponses([400], unknownQuery),
        },
      },
    },
    async () => ({ status: 'ok' }),
  )
  app.get(
    '/readyz',
    {
      config,
      schema: {
        operationId: 'checkReadiness',
        summary: 'Readiness: the database answers',
        tags: ['operations'],
        security: [],
        querystring: noQuery,
        response: {
          200: status('ready', 'The database answers; the service can take events.'),
          ...errorResponses([400, 503], unknownQuery),
        },
      },
    },
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
