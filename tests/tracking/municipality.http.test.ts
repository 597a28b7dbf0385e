// Statistics per municipality through the real API on both stores, over a real socket: events
// carry the citizen's municipality code; every statistics endpoint counts one municipality's
// events when asked (`?municipality=787`) and everyone's without, and a municipality with
// three citizens shows "<5" as the national numbers would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TrackingEvent } from '../../tracking/index.ts'
import { makeEvent, newFlow, newSubject } from './helpers/events.ts'
import { serveTestApp, type ServedApp } from './helpers/servedApp.ts'
import { viaSocket } from './helpers/http.ts'
import { backends } from './helpers/backends.ts'
import { closeOpened } from './helpers/closeOpened.ts'
import { testReadToken } from './fixtures/badRequests.ts'

const flow = newFlow()
const alternative = newFlow()
const thisted = '787'
const aarhus = '751'

/**
 * One citizen's events: starts the flow (variant a), answers a question, views and completes a
 * step, is offered the alternative flow and starts it, asks a question on "Spørg"; completes
 * the flow when `completes`. Every event carries `municipality` when given.
 */
function citizen(municipality: string | undefined, completes: boolean): TrackingEvent[] {
  const subject = newSubject()
  const event = (fields: Partial<TrackingEvent>) =>
    makeEvent({ subject, flow, step: undefined, municipality, ...fields })
  return [
    event({ type: 'flow_started', variant: 'a' }),
    event({ type: 'question_answered', answer: { question: 'har-cv', value: 'ja' } }),
    event({ type: 'step_viewed', step: 'upload-cv' }),
    event({ type: 'step_completed', step: 'upload-cv' }),
    event({ type: 'fallback_offered' }),
    event({ type: 'flow_started', flow: alternative }),
    event({ type: 'question_asked', flow: undefined, value: 1 }),
    ...(completes ? [event({ type: 'flow_completed' })] : []),
  ]
}

const citizens = (n: number, municipality: string | undefined, completing: number) =>
  Array.from({ length: n }, (_, i) => citizen(municipality, i < completing)).flat()

for (const { name, make, skip } of backends) {
  describe.skipIf(skip)(`statistics per municipality on ${name}`, () => {
    let served: ServedApp
    beforeAll(async () => {
      served = await serveTestApp(make)
      // Thisted: 3 citizens, 2 complete. Aarhus: 7, 6 complete. No municipality chosen: 2, 1.
      const events = [
        ...citizens(3, thisted, 2),
        ...citizens(7, aarhus, 6),
        ...citizens(2, undefined, 1),
      ]
      for (let i = 0; i < events.length; i += 100) {
        const answer = await viaSocket(served.baseUrl, {
          method: 'POST',
          url: '/v1/events',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ events: events.slice(i, i + 100) }),
        })
        expect(answer.status, JSON.stringify(answer.body)).toBe(202)
      }
    })
    afterAll(() => closeOpened(served))

    /** GET a statistics path, with `municipality` when given; expects 200. */
    const stats = async (path: string, municipality?: string) => {
      const separator = path.includes('?') ? '&' : '?'
      const url = municipality ? `${path}${separator}municipality=${municipality}` : path
      const headers = { authorization: `Bearer ${testReadToken}` }
      const answer = await viaSocket(served.baseUrl, { method: 'GET', url, headers })
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      return answer.body as Record<string, unknown>
    }
    const row = async (municipality?: string) =>
      ((await stats('/v1/stats/flows', municipality)).flows as { flow: string }[]).find(
        (candidate) => candidate.flow === flow,
      )

    it('stores the municipality with each event and exports it', async () => {
      const [first] = citizen(thisted, false)
      await served.store.insert([first!], Date.now())
      expect(await served.store.eventsOf(first!.subject)).toEqual([
        expect.objectContaining({ id: first!.id, municipality: thisted }),
      ])
      await served.store.erase(first!.subject)
    })

    it('counts every citizen nationally, and each municipality’s own; Thisted’s 3 are "<5"', async () => {
      expect(await row()).toEqual({ flow, started: 12, completed: 9, completionRate: 0.75 })
      expect(await row(aarhus)).toEqual({ flow, started: 7, completed: 6, completionRate: 0.857 })
      expect(await row(thisted)).toEqual({
        flow,
        started: '<5',
        completed: '<5',
        completionRate: null,
      })
      // A municipality without events has no rows at all.
      expect(await stats('/v1/stats/flows', '101')).toEqual({
        from: null,
        to: null,
        municipality: '101',
        flows: [],
      })
    })

    it('answers which municipality it counted, and nothing about one for national totals', async () => {
      const national = await stats(`/v1/stats/flows/${flow}`)
      expect(national).not.toHaveProperty('municipality')
      expect(await stats(`/v1/stats/flows/${flow}?from=2020-01-01`, aarhus)).toMatchObject({
        municipality: aarhus,
        from: '2020-01-01T00:00:00.000Z',
      })
    })

    it("one flow's funnel, per step and per variant, per municipality", async () => {
      const step = (answer: Record<string, unknown>) => (answer.steps as unknown[])[0]
      const national = await stats(`/v1/stats/flows/${flow}`)
      expect(national).toMatchObject({ started: 12, completed: 9 })
      expect(step(national)).toEqual({
        step: 'upload-cv',
        viewed: 12,
        completed: 12,
        droppedOff: '<5',
      })
      const inAarhus = await stats(`/v1/stats/flows/${flow}`, aarhus)
      expect(inAarhus).toMatchObject({ started: 7, completed: 6, completionRate: 0.857 })
      expect(step(inAarhus)).toEqual({
        step: 'upload-cv',
        viewed: 7,
        completed: 7,
        droppedOff: '<5',
      })
      expect(inAarhus.variants).toEqual([expect.objectContaining({ variant: 'a', started: 7 })])
      const inThisted = await stats(`/v1/stats/flows/${flow}`, thisted)
      expect(inThisted).toMatchObject({ started: '<5', completed: '<5', medianMinutes: null })
      expect(step(inThisted)).toEqual({
        step: 'upload-cv',
        viewed: '<5',
        completed: '<5',
        droppedOff: '<5',
      })
    })

    it('answer groups and the alternative flow, per municipality', async () => {
      const groups = async (municipality?: string) =>
        ((await stats(`/v1/stats/flows/${flow}/answer-groups`, municipality)).groups as object[])[0]
      expect(await groups()).toMatchObject({ subjects: 12, started: 12, completed: 9 })
      expect(await groups(aarhus)).toMatchObject({ subjects: 7, started: 7, completed: 6 })
      expect(await groups(thisted)).toMatchObject({ subjects: '<5', started: '<5' })
      const offered = (municipality?: string) =>
        stats(`/v1/stats/flows/${flow}/alternative?alternative=${alternative}`, municipality)
      expect(await offered()).toMatchObject({ offered: 12, taken: 12, completed: '<5' })
      expect(await offered(aarhus)).toMatchObject({ offered: 7, taken: 7 })
      expect(await offered(thisted)).toMatchObject({ offered: '<5', taken: '<5' })
    })

    it('the experiment read-out, per municipality', async () => {
      const started = async (municipality?: string) => {
        const answer = await stats(
          `/v1/stats/flows/${flow}/experiment?variants=a:50,b:50&minimum=10`,
          municipality,
        )
        return (answer.variants as { variant: string; started: unknown }[])[0]!.started
      }
      expect(await started()).toBe(12)
      expect(await started(aarhus)).toBe(7)
      expect(await started(thisted)).toBe('<5')
    })

    it('questions asked on "Spørg", per municipality', async () => {
      const asked = async (municipality?: string) =>
        ((await stats('/v1/stats/questions', municipality)).weeks as { asked: unknown }[])[0]?.asked
      expect(await asked()).toBe(12)
      expect(await asked(aarhus)).toBe(7)
      expect(await asked(thisted)).toBe('<5')
    })
  })
}
