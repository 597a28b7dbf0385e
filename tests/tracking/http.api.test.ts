import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store, TrackingEvent } from '../../tracking/index.ts'
import { testReadToken } from './fixtures/badRequests.ts'
import { backends, type Backend } from './helpers/backends.ts'
import { makeBatch, makeEvent, newFlow, newSubject } from './helpers/events.ts'
import { viaInject, viaSocket } from './helpers/http.ts'
import { closeOpened } from './helpers/closeOpened.ts'
import { serveTestApp } from './helpers/servedApp.ts'

const json = { 'content-type': 'application/json' }
const bearer = { authorization: `Bearer ${testReadToken}` }
const postBody = (events: TrackingEvent[]) => ({
  method: 'POST',
  url: '/v1/events',
  headers: json,
  body: JSON.stringify({ events }),
})

for (const { name, make, skip } of backends) {
  describe.skipIf(skip)(`the API on ${name}`, () => {
    let backend: Backend
    let store: Store
    let app: FastifyInstance
    let baseUrl: string
    beforeAll(async () => {
      ;({ backend, store, app, baseUrl } = await serveTestApp(make))
    })
    afterAll(() => closeOpened({ app, store, backend }))

    it('answers 202 over a socket only once the batch can be read back, and stores a repeat once', async () => {
      const subject = newSubject()
      const batch = makeBatch(10, subject)
      const first = await viaSocket(baseUrl, postBody(batch))
      expect(first).toMatchObject({ status: 202, body: { accepted: 10 } })
      expect(await store.eventsOf(subject)).toHaveLength(10)
      expect((await viaSocket(baseUrl, postBody(batch))).status).toBe(202)
      expect(await store.eventsOf(subject)).toHaveLength(10)
    })

    it('exports a subject’s events and erases them with 204', async () => {
      const subject = newSubject()
      await viaInject(app, postBody(makeBatch(3, subject)))
      const exported = await viaInject(app, {
        method: 'GET',
        url: `/v1/subjects/${subject}/events`,
      })
      expect(exported.status).toBe(200)
      expect(exported.headers['cache-control']).toBe('no-store')
      expect((exported.body as { events: unknown[] }).events).toHaveLength(3)
      const erased = await viaInject(app, { method: 'DELETE', url: `/v1/subjects/${subject}` })
      expect(erased.status).toBe(204)
      expect(await store.eventsOf(subject)).toEqual([])
      const after = await viaInject(app, { method: 'GET', url: `/v1/subjects/${subject}/events` })
      expect(after.body).toEqual({ subject, events: [] })
    })

    it('answers statistics to the bearer of the read token, with "<5" for small counts', async () => {
      const flow = newFlow()
      const events: TrackingEvent[] = []
      for (let i = 0; i < 6; i++) {
        const subject = newSubject()
        events.push(makeEvent({ subject, flow, type: 'flow_started', step: undefined }))
        if (i < 2)
          events.push(makeEvent({ subject, flow, type: 'flow_completed', step: undefined }))
      }
      expect((await viaInject(app, postBody(events))).status).toBe(202)
      const today = new Date().toISOString().slice(0, 10)
      const one = await viaInject(app, {
        method: 'GET',
        url: `/v1/stats/flows/${flow}?from=${today}&to=${today}`,
        headers: bearer,
      })
      expect(one.status).toBe(200)
      expect(one.body).toMatchObject({
        flow,
        started: 6,
        completed: '<5',
        completionRate: null,
        medianMinutes: null,
      })
      const all = await viaSocket(baseUrl, {
        method: 'GET',
        url: '/v1/stats/flows',
        headers: bearer,
      })
      expect((all.body as { flows: unknown[] }).flows).toContainEqual({
        flow,
        started: 6,
        completed: '<5',
        completionRate: null,
      })
    })

    it('reports live and ready', async () => {
      expect((await viaInject(app, { method: 'GET', url: '/healthz' })).body).toEqual({
        status: 'ok',
      })
      expect((await viaInject(app, { method: 'GET', url: '/readyz' })).body).toEqual({
        status: 'ready',
      })
    })
  })
}
