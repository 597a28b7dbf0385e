// GET /v1/stats/questions through the real API on both stores: the events the site's "Spørg"
// sends (question_asked, 1 answered or 0 not, the source opened if any), counted per week.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TrackingEvent } from '../../tracking/index.ts'
import { testReadToken } from './fixtures/badRequests.ts'
import { backends } from './helpers/backends.ts'
import { closeOpened } from './helpers/closeOpened.ts'
import { makeEvent, newSubject } from './helpers/events.ts'
import { viaInject, viaSocket } from './helpers/http.ts'
import { serveTestApp, type ServedApp } from './helpers/servedApp.ts'

/** `n` questions from different devices, answered or not, each opening `content` if given. */
function questions(n: number, answered: boolean, content?: string): TrackingEvent[] {
  return Array.from({ length: n }, () => {
    const event = makeEvent({ subject: newSubject(), type: 'question_asked', value: +answered })
    delete event.flow
    delete event.step
    return content ? { ...event, content } : event
  })
}

const day = 24 * 60 * 60 * 1000

for (const { name, make, skip } of backends) {
  describe.skipIf(skip)(`the question statistics on ${name}`, () => {
    let served: ServedApp
    beforeAll(async () => {
      served = await serveTestApp(make)
    })
    afterAll(() => closeOpened(served))

    const post = async (events: TrackingEvent[]) => {
      const body = JSON.stringify({ events })
      const headers = { 'content-type': 'application/json' }
      const answer = await viaInject(served.app, {
        method: 'POST',
        url: '/v1/events',
        headers,
        body,
      })
      expect(answer.status).toBe(202)
    }
    const stats = async (query = '') => {
      const url = `/v1/stats/questions${query}`
      const headers = { authorization: `Bearer ${testReadToken}` }
      const answer = await viaSocket(served.baseUrl, { method: 'GET', url, headers })
      expect(answer.status).toBe(200)
      expect(answer.headers['cache-control']).toBe('no-store')
      return answer.body as Record<string, unknown>
    }

    it('answers with no weeks and no sources before any question', async () => {
      expect(await stats()).toEqual({ from: null, to: null, weeks: [], sources: [] })
    })

    it('counts this week’s questions, answered and not, under five as "<5"', async () => {
      await post(questions(3, false))
      const { weeks } = (await stats()) as { weeks: Record<string, unknown>[] }
      expect(weeks).toHaveLength(1)
      expect(weeks[0]).toMatchObject({ asked: '<5', answered: '<5', answeredShare: null })
      const monday = Date.parse(String(weeks[0]!.monday))
      expect(new Date(monday).getUTCDay()).toBe(1)
      expect(Date.now() - monday).toBeGreaterThanOrEqual(0)
      expect(Date.now() - monday).toBeLessThan(7 * day)
      expect(weeks[0]!.week).toMatch(/^\d{4}-W\d{2}$/)
    })

    it('shows the share answered and the sources opened, most opened first', async () => {
      await post([
        ...questions(6, true, 'faqs/ferie-som-ledig'),
        ...questions(2, true, 'lessons/dagpengekort'),
        ...questions(5, true),
        // Another event type about content is not a source opened from an answer.
        makeEvent({ type: 'video_progress', content: 'videos/cv', value: 25, step: undefined }),
      ])
      const answer = (await stats()) as { weeks: unknown[]; sources: unknown[] }
      expect(answer.weeks).toEqual([
        expect.objectContaining({ asked: 16, answered: 13, answeredShare: 0.813 }),
      ])
      expect(answer.sources).toEqual([
        { source: 'faqs/ferie-som-ledig', type: 'faqs', slug: 'ferie-som-ledig', opened: 6 },
        { source: 'lessons/dagpengekort', type: 'lessons', slug: 'dagpengekort', opened: '<5' },
      ])
    })

    it('splits a period into ISO weeks by receive time, across a new year', async () => {
      // Monday 28 December 2020 is in week 53 of 2020; Monday 4 January 2021 starts week 1.
      await served.store.insert(questions(5, true), Date.parse('2020-12-31T23:00:00Z'))
      await served.store.insert(questions(7, false), Date.parse('2021-01-03T23:59:59Z'))
      await served.store.insert(questions(9, true), Date.parse('2021-01-04T00:00:00Z'))
      const answer = await stats('?from=2020-12-01&to=2021-01-31')
      expect(answer).toEqual({
        from: '2020-12-01T00:00:00.000Z',
        to: '2021-02-01T00:00:00.000Z',
        weeks: [
          { week: '2020-W53', monday: '2020-12-28', asked: 12, answered: 5, answeredShare: 0.417 },
          { week: '2021-W01', monday: '2021-01-04', asked: 9, answered: 9, answeredShare: 1 },
        ],
        sources: [],
      })
      expect(await stats('?from=2021-01-04T00:00:01Z&to=2021-02-01')).toMatchObject({ weeks: [] })
    })
  })
}
