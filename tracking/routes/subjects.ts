import type { FastifyPluginAsync } from 'fastify'
import { errorResponses, subjectParams } from '../schemas/common.ts'
import { storedEventSchema, subjectSchema } from '../schemas/event.ts'
import type { Store } from '../store/types.ts'

type Params = { Params: { subject: string } }

/**
 * The citizen's own data, keyed by the random subject id only they know: export
 * (GET /v1/subjects/:subject/events) and erasure (DELETE /v1/subjects/:subject).
 */
export const subjectsRoutes: FastifyPluginAsync<{ store: Store }> = async (app, { store }) => {
  app.get<Params>(
    '/v1/subjects/:subject/events',
    {
      schema: {
        summary: 'Export every event stored for a subject',
        tags: ['subjects'],
        params: subjectParams,
        response: {
          200: {
            type: 'object',
            required: ['subject', 'events'],
            properties: {
              subject: subjectSchema,
              events: { type: 'array', items: storedEventSchema },
            },
          },
          ...errorResponses(400, 429, 500),
        },
      },
    },
    async (request, reply) => {
      const { subject } = request.params
      reply.header('cache-control', 'no-store')
      return { subject, events: await store.eventsOf(subject) }
    },
  )

  app.delete<Params>(
    '/v1/subjects/:subject',
    {
      schema: {
        summary: 'Erase every event stored for a subject',
        tags: ['subjects'],
        params: subjectParams,
        response: {
          204: { type: 'null', description: 'Erased (or there was nothing).' },
          ...errorResponses(400, 429, 500),
        },
      },
    },
    async (request, reply) => {
      await store.erase(request.params.subject)
      return reply.code(204).send()
    },
  )
}
