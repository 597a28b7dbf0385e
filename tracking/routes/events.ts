import type { FastifyPluginAsync } from 'fastify'
import type { Clock } from '../clock.ts'
import { ApiError } from '../errors.ts'
import { checkedFault, eventBatchLimits, type EventBatch } from '../../content-models/index.ts'
import { batchSchema } from '../schemas/event.ts'
import { badRequestExample, errorResponses } from '../schemas/common.ts'
import type { Store, TrackingEvent } from '../store/types.ts'

const subject = 'Ab3xK9_qL2m-Pz7wRt4v'

/** A batch as the site sends it: a flow started, a question answered, a step viewed. */
const batchExample = {
  events: [
    {
      id: '0193a5e2-7c4b-7d1e-9f20-3b8c6a1d4e5f',
      subject,
      type: 'flow_started',
      flow: 'ny-paa-dagpenge',
      locale: 'da',
      municipality: '787',
      at: '2026-12-06T09:30:00.000Z',
    },
    {
      id: '0193a5e2-8a10-7b2c-8d3e-4f5a6b7c8d9e',
      subject,
      type: 'question_answered',
      flow: 'ny-paa-dagpenge',
      answer: { question: 'har-cv', value: 'ja' },
      locale: 'da',
      at: '2026-12-06T09:30:04.120Z',
    },
    {
      id: '0193a5e2-9b21-7c3d-9e4f-5a6b7c8d9e0f',
      subject,
      type: 'step_viewed',
      flow: 'ny-paa-dagpenge',
      step: 'upload-cv',
      variant: 'kort',
      locale: 'da',
      at: '2026-12-06T10:30:09.001+01:00',
    },
  ],
} satisfies EventBatch

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
        operationId: 'storeEvents',
        summary: 'Store a batch of progress events',
        description:
          'A batch of 1–100 events in a JSON body of at most 64 KiB. All or nothing: one event that does not match the schema makes the whole batch a 400 naming that event and field. 202 only after the batch is durably stored. An id already stored is skipped, so retries are harmless. Browsers must send `application/json` (`fetch` with `keepalive`), not `sendBeacon`, whose `text/plain` body is a 415.',
        tags: ['events'],
        security: [],
        body: { ...batchSchema, examples: [batchExample] },
        response: {
          202: {
            type: 'object',
            required: ['accepted'],
            properties: { accepted: { type: 'integer', description: 'Events in the batch.' } },
            description: 'Stored (events already stored are skipped).',
            examples: [{ accepted: batchExample.events.length }],
          },
          ...errorResponses([400, 413, 415, 429, 500], {
            400: badRequestExample('invalid_event', {
              message: 'event 1, field "step" must have required property \'step\'.',
              event: 1,
              field: 'step',
            }),
          }),
        },
      },
    },
    async (request, reply) => {
      const { events } = request.body
      const fault = checkedFault(events)
      if (fault) {
        const { event, field, problem } = fault
        throw new ApiError(400, 'invalid_event', {
          event,
          field,
          message: `event ${event}, field "${field}" ${problem}.`,
        })
      }
      await store.insert(events, clock.now())
      return reply.code(202).send({ accepted: events.length })
    },
  )
}
