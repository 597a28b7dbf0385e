import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store } from '../../tracking/index.ts'
import { badRequests } from './fixtures/badRequests.ts'
import { backends, type Backend } from './helpers/backends.ts'
import { makeBatch, newSubject } from './helpers/events.ts'
import { testApp, viaInject, viaSocket, type Answer, type Request } from './helpers/http.ts'
import { closeOpened } from './helpers/closeOpened.ts'
import { serveTestApp } from './helpers/servedApp.ts'

for (const { name, make, skip } of backends) {
  describe.skipIf(skip)(`every 4xx on ${name}`, () => {
    let backend: Backend
    let store: Store
    let app: FastifyInstance
    let baseUrl: string
    beforeAll(async () => {
      ;({ backend, store, app, baseUrl } = await serveTestApp(make))
      // Something stored, so "unchanged" is not trivially an empty table.
      await store.insert(makeBatch(3), Date.now())
    })
    afterAll(() => closeOpened({ app, store, backend }))

    const transports: Array<[string, (request: Request) => Promise<Answer>]> = [
      ['inject', (request) => viaInject(app, request)],
      ['socket', (request) => viaSocket(baseUrl, request)],
    ]
    for (const [transport, send] of transports) {
      describe(`through ${transport}`, () => {
        for (const bad of badRequests) {
          it(`answers ${bad.status} ${bad.code} to ${bad.name} and stores nothing`, async () => {
            const subject = newSubject()
            const before = await store.count()
            const answer = await send({
              method: bad.method,
              url: bad.url(subject),
              headers: bad.headers,
              body: bad.body?.(subject),
            })
            expect(answer.status).toBe(bad.status)
            expect(answer.headers['content-type']).toMatch(/^application\/json/)
            const error = (answer.body as { error: Record<string, unknown> }).error
            expect(error).toMatchObject({
              status: bad.status,
              code: bad.code,
              message: expect.any(String) as unknown,
            })
            expect(error.event).toBe(bad.event)
            expect(error.field).toBe(bad.field)
            expect(await store.count()).toBe(before)
            expect(await store.eventsOf(subject)).toEqual([])
          })
        }
      })
    }
  })
}

describe('the rate limit', () => {
  let backend: Backend
  let store: Store
  beforeAll(async () => {
    backend = await backends[0].make()
    store = await backend.open()
  })
  afterAll(() => closeOpened({ store, backend }))

  for (const transport of ['inject', 'socket'] as const) {
    it(`answers 429 through ${transport} once a client has used its requests, storing nothing`, async () => {
      const app = await testApp(store, { TRACKING_RATE_LIMIT: '2' })
      const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' })
      const send = (request: Request) =>
        transport === 'inject' ? viaInject(app, request) : viaSocket(baseUrl, request)
      const post = (subject: string) => ({
        method: 'POST',
        url: '/v1/events',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ events: makeBatch(2, subject) }),
      })
      expect((await send(post(newSubject()))).status).toBe(202)
      expect((await send(post(newSubject()))).status).toBe(202)
      const before = await store.count()
      const subject = newSubject()
      const answer = await send(post(subject))
      expect(answer.status).toBe(429)
      expect(answer.body).toMatchObject({ error: { status: 429, code: 'rate_limited' } })
      expect(answer.headers['retry-after']).toBeDefined()
      expect(await store.count()).toBe(before)
      expect(await store.eventsOf(subject)).toEqual([])
      await app.close()
    })
  }
})
