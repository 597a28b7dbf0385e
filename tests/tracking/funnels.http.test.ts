// The answer-group and alternative-flow funnels through the real API on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TrackingEvent } from '../../tracking/index.ts'
import { testReadToken } from './fixtures/badRequests.ts'
import { backends } from './helpers/backends.ts'
import { closeOpened } from './helpers/closeOpened.ts'
import { citizen, sendEvents, times } from './helpers/citizens.ts'
import { makeEvent, newFlow, newSubject } from './helpers/events.ts'
import { viaSocket } from './helpers/http.ts'
import { serveTestApp, type ServedApp } from './helpers/servedApp.ts'
import { countsUnderFive } from './experiment/citizens.ts'

const bearer = { authorization: `Bearer ${testReadToken}` }

for (const { name, make, skip } of backends) {
  describe.skipIf(skip)(`the funnels on ${name}`, () => {
    let served: ServedApp
    beforeAll(async () => {
      served = await serveTestApp(make)
    })
    afterAll(() => closeOpened(served))

    const send = (events: TrackingEvent[]) => sendEvents(served.app, events)
    const ask = async (url: string) => {
      const answer = await viaSocket(served.baseUrl, { method: 'GET', url, headers: bearer })
      expect(answer.status).toBe(200)
      expect(countsUnderFive(answer.body)).toEqual([])
      return answer.body as Record<string, unknown>
    }

    it('shows each answer group’s funnel and merges groups under 5 into one', async () => {
      const flow = newFlow()
      await send([
        // 12 with a-kasse "ja": all view the CV step, 9 complete it, 6 complete the flow.
        ...times(6, () =>
          citizen(flow, [['a-kasse', 'ja']], {
            viewed: ['cv'],
            completed: ['cv'],
            flowCompleted: true,
          }),
        ),
        ...times(3, () =>
          citizen(flow, [['a-kasse', 'ja']], { viewed: ['cv'], completed: ['cv'] }),
        ),
        // Answered "nej" first, then changed to "ja": the last answer counts.
        ...times(3, () =>
          citizen(
            flow,
            [
              ['a-kasse', 'nej'],
              ['a-kasse', 'ja'],
            ],
            { viewed: ['cv'] },
          ),
        ),
        // 7 with "nej" and two options in another question, stopping at "samtale".
        ...times(7, () =>
          citizen(
            flow,
            [
              ['a-kasse', 'nej'],
              ['behov', ['sprog', 'cv']],
            ],
            { viewed: ['samtale'] },
          ),
        ),
        // 3 with "ved-ikke" and 2 without answers: fewer than 5 each, merged.
        ...times(3, () => citizen(flow, [['a-kasse', 'ved-ikke']], { viewed: ['cv'] })),
        ...times(2, () => citizen(flow, [], { viewed: ['cv'] })),
      ])
      const body = await ask(`/v1/stats/flows/${flow}/answer-groups?questions=a-kasse,behov`)
      expect(body.questions).toEqual(['a-kasse', 'behov'])
      expect(body.groups).toEqual([
        {
          answers: [
            { question: 'a-kasse', value: 'ja' },
            { question: 'behov', value: '' },
          ],
          subjects: 12,
          started: 12,
          completed: 6,
          steps: [{ step: 'cv', viewed: 12, completed: 9 }],
        },
        {
          answers: [
            { question: 'a-kasse', value: 'nej' },
            { question: 'behov', value: 'cv+sprog' },
          ],
          subjects: 7,
          started: 7,
          completed: '<5',
          steps: [{ step: 'samtale', viewed: 7, completed: '<5' }],
        },
        {
          answers: null,
          subjects: 5,
          started: 5,
          completed: '<5',
          steps: [{ step: 'cv', viewed: 5, completed: '<5' }],
        },
      ])
      const all = await ask(`/v1/stats/flows/${flow}/answer-groups`)
      expect(all.questions).toEqual(['a-kasse', 'behov'])
    })

    it('counts the alternative flow: offered → taken → completed', async () => {
      const flow = newFlow()
      const alternative = newFlow()
      const person = (taken: boolean, completed: boolean, offered = true) => {
        const subject = newSubject()
        const events = [makeEvent({ subject, flow, type: 'flow_started', step: undefined })]
        if (offered)
          events.push(makeEvent({ subject, flow, type: 'fallback_offered', step: undefined }))
        if (taken)
          events.push(
            makeEvent({ subject, flow: alternative, type: 'flow_started', step: undefined }),
          )
        if (completed)
          events.push(
            makeEvent({ subject, flow: alternative, type: 'flow_completed', step: undefined }),
          )
        return events
      }
      await send([
        ...times(5, () => person(true, true)),
        ...times(3, () => person(true, false)),
        ...times(6, () => person(false, false)),
        ...times(4, () => person(true, true, false)),
      ])
      expect(
        await ask(`/v1/stats/flows/${flow}/alternative?alternative=${alternative}`),
      ).toMatchObject({ flow, alternative, offered: 14, taken: 8, completed: 5 })
    })
  })
}
