import type { FastifyPluginAsync } from 'fastify'
import type { StoredEvent } from '../../content-models/index.ts'
import { errorResponses, subjectParams } from '../schemas/common.ts'
import { storedEventSchema, subjectSchema } from '../schemas/event.ts'
import type { Store } from '../store/types.ts'

type Params = { Params: { subject: string } }

const subject = 'Ab3xK9_qL2m-Pz7wRt4v'

const exportExample = {
  subject,
  events: [
    {
      id: '0193a5e2-7c4b-7d1e-9f20-3b8c6a1d4e5f',
      subject,
      type: 'flow_started',
      flow: 'ny-paa-dagpenge',
      locale: 'da',
      at: '2026-12-06T09:30:00.000Z',
      receivedAt: '2026-12-06T09:30:00.412Z',
    },
    {
      id: '0193a5e2-9b21-7c3d-9e4f-5a6b7c8d9e0f',
      subject,
      type: 'video_progress',
      content: 'videos/saadan-bruger-du-jobloggen',
      value: 50,
      locale: 'da',
      at: '2026-12-06T09:41:17.250Z',
      receivedAt: '2026-12-06T09:41:17.630Z',
    },
  ] satisfies StoredEvent[],
}

// The erasure takes no body, but a body it is sent is still read (as on every route but
// GET): it must be JSON of at most 64 KiB, or the answer is 400, 413 or 415.
const deleteErrors = [400, 413, 415, 429, 500]

/**
 * The citizen's own data, keyed by the random subject id only they know: export
 * (GET /v1/subjects/:subject/events) and erasure (DELETE /v1/subjects/:subject).
 */
export const subjectsRoutes: FastifyPluginAsync<{ store: Store }> = async (app, { store }) => {
  app.get<Params>(
    '/v1/subjects/:subject/events',
    {
      schema: {
        operationId: 'exportSubjectEvents',
        summary: 'Export every event stored for a subject',
        description:
          'Everything stored for one subject id, oldest first, with the time the server received each event. Knowing the random id is the key: the citizen’s device keeps it.',
        tags: ['subjects'],
        security: [],
        params: subjectParams,
        response: {
          200: {
            type: 'object',
            required: ['subject', 'events'],
            properties: {
              subject: subjectSchema,
              events: { type: 'array', items: storedEventSchema },
            },
            description: 'The stored events (an empty list when there are none).',
            examples: [exportExample],
          },
          ...errorResponses([400, 429, 500]),
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
        operationId: 'eraseSubject',
        summary: 'Erase every event stored for a subject',
        description:
          'Deletes every event of one subject id; the answer is the same when there was nothing.',
        tags: ['subjects'],
        security: [],
        params: subjectParams,
        response: {
          204: { type: 'null', description: 'Erased (or there was nothing).' },
          ...errorResponses(deleteErrors),
        },
      },
    },
    async (request, reply) => {
      await store.erase(request.params.subject)
      return reply.code(204).send()
    },
  )
}
