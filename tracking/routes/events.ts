import type { FastifyPluginAsync } from 'fastify'
import type { Clock } from '../clock.ts'
import { ApiError } from '../errors.ts'
import { eventBatchLimits, hasRealDate } from '../../content-models/events.ts'
import { batchSchema } from '../schemas/event.ts'
import { errorResponses } from '../schemas/common.ts'
import type { Store, TrackingEvent } from '../store/types.ts'

/** Largest body POST /v1/events accepts. */
export const maxBodyBytes = eventBatchLimits.maxBytes

/** POST /v1/events: stores a batch of 1–100 events and answers 202 once it is committed. */
export const eventsRoutes: FastifyPluginAsync<{ store: Store; clock: Clock }> = async (
  app,
  { store, clock },
) => {
  app.post<{ Body: { events: TrackingEvent[] } }>(
    '/v1/events',
    {
      bodyLimit: maxBodyBytes,
      schema: {
        summary: 'Store a batch of progress events',
        description:
          'All or nothing; 202 only after the batch is durably stored. An id already stored is skipped, so retries are harmless.',
        tags: ['events'],
        body: batchSchema,
        response: {
          202: {
            type: 'object',
            required: ['accepted'],
            properties: { accepted: { type: 'integer', description: 'Events in the batch.' } },
          },
          ...errorResponses(400, 413, 415, 429, 500),
        },
      },
    },
    async (request, reply) => {
      const { events } = request.body
      const impossible = events.findIndex((event) => !hasRealDate(event.at))
      if (impossible >= 0) {
        throw new ApiError(400, 'invalid_event', {
          event: impossible,
          field: 'at',
          message: `event ${impossible}, field "at" is not a real date.`,
        })
      }
      await store.insert(events, clock.now())
      return reply.code(202).send({ accepted: events.length })
    },
  )
}
