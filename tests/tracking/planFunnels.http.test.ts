// The funnels per plan through the real API on both stores: exact plan totals from known events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testReadToken } from './fixtures/badRequests.ts'
import { backends } from './helpers/backends.ts'
import { closeOpened } from './helpers/closeOpened.ts'
import { citizen, sendEvents, times } from './helpers/citizens.ts'
import { newFlow } from './helpers/events.ts'
import { viaSocket } from './helpers/http.ts'
import { serveTestApp, type ServedApp } from './helpers/servedApp.ts'
import { countsUnderFive } from './experiment/citizens.ts'

const bearer = { authorization: `Bearer ${testReadToken}`, 'content-type': 'application/json' }

/** Plan A: a-kasse "ja" (any behov); plan B: "nej" with sprog; plan C: "nej" with nothing. */
const plans = {
  questions: ['a-kasse', 'behov'],
  plans: [
    {
      id: 'A',
      steps: ['cv', 'samtale'],
      answers: [
        ['ja', ''],
        ['ja', 'sprog'],
        ['ja', 'cv+sprog'],
      ],
    },
    {
      id: 'B',
      steps: ['sprog', 'cv'],
      answers: [
        ['nej', 'sprog'],
        ['nej', 'cv+sprog'],
      ],
    },
    { id: 'C', steps: ['samtale'], answers: [['nej', '']] },
  ],
}

for (const { name, make, skip } of backends) {
  describe.skipIf(skip)(`the plan funnels on ${name}`, () => {
    let served: ServedApp
    beforeAll(async () => {
      served = await serveTestApp(make)
    })
    afterAll(() => closeOpened(served))

    const ask = async (flow: string, body: unknown, query = '') => {
      const answer = await viaSocket(served.baseUrl, {
        method: 'POST',
        url: `/v1/stats/flows/${flow}/plan-funnels${query}`,
        headers: bearer,
        body: JSON.stringify(body),
      })
      return answer as { status: number; body: Record<string, unknown> }
    }

    it('counts each plan exactly, though its answer combinations are each under 5', async () => {
      const flow = newFlow()
      await sendEvents(served.app, [
        // Plan A: 3 + 3 + 2 citizens over three combinations (each under 5), 8 in all.
        ...times(3, () =>
          citizen(flow, [['a-kasse', 'ja']], {
            viewed: ['cv', 'samtale'],
            completed: ['cv'],
            flowCompleted: true,
          }),
        ),
        ...times(3, () =>
          citizen(
            flow,
            [
              ['a-kasse', 'ja'],
              ['behov', ['sprog']],
            ],
            { viewed: ['cv'] },
          ),
        ),
        ...times(2, () =>
          citizen(
            flow,
            [
              ['a-kasse', 'ja'],
              ['behov', ['sprog', 'cv']],
            ],
            {
              viewed: ['cv', 'samtale'],
              completed: ['cv', 'samtale'],
              flowCompleted: true,
            },
          ),
        ),
        // Plan B: 4 + 2 = 6, the last answer counts (first "ja", then "nej").
        ...times(4, () =>
          citizen(
            flow,
            [
              ['a-kasse', 'nej'],
              ['behov', ['sprog']],
            ],
            { viewed: ['sprog'] },
          ),
        ),
        ...times(2, () =>
          citizen(
            flow,
            [
              ['a-kasse', 'ja'],
              ['a-kasse', 'nej'],
              ['behov', ['cv', 'sprog']],
            ],
            { viewed: ['cv', 'sprog'], completed: ['sprog'] },
          ),
        ),
        // Plan C: 3 citizens, under 5; no plan: 3 "ved-ikke" — both merged into "other" (6).
        ...times(3, () => citizen(flow, [['a-kasse', 'nej']], { viewed: ['samtale'] })),
        ...times(3, () => citizen(flow, [['a-kasse', 'ved-ikke']], { viewed: ['cv'] })),
      ])
      const answer = await ask(flow, plans)
      expect(answer.status).toBe(200)
      expect(countsUnderFive(answer.body)).toEqual([])
      expect(answer.body).toEqual({
        flow,
        from: null,
        to: null,
        questions: ['a-kasse', 'behov'],
        groups: [
          {
            kind: 'plan',
            plan: 'A',
            subjects: 8,
            started: 8,
            completed: 5,
            steps: [
              { step: 'cv', viewed: 8, completed: 5 },
              { step: 'samtale', viewed: 5, completed: '<5' },
            ],
          },
          {
            kind: 'plan',
            plan: 'B',
            subjects: 6,
            started: 6,
            completed: '<5',
            // The plan's order (sprog before cv), not the most viewed first.
            steps: [
              { step: 'sprog', viewed: 6, completed: '<5' },
              { step: 'cv', viewed: '<5', completed: '<5' },
            ],
          },
          {
            kind: 'other',
            plan: null,
            subjects: 6,
            started: 6,
            completed: '<5',
            steps: [
              { step: 'cv', viewed: '<5', completed: '<5' },
              { step: 'samtale', viewed: '<5', completed: '<5' },
            ],
          },
        ],
      })
    })

    it('keeps unlisted answers as "none" when 5 or more, and counts one municipality', async () => {
      const flow = newFlow()
      await sendEvents(served.app, [
        ...times(5, () => citizen(flow, [['a-kasse', 'ved-ikke']], { viewed: ['cv'] })),
        ...times(5, () => citizen(flow, [['a-kasse', 'nej']], { viewed: ['samtale'] })),
      ])
      const answer = await ask(flow, plans)
      expect(answer.status).toBe(200)
      const groups = answer.body.groups as {
        kind: string
        plan: string | null
        subjects: unknown
      }[]
      expect(groups.map(({ kind, plan, subjects }) => [kind, plan, subjects])).toEqual([
        ['plan', 'C', 5],
        ['none', null, 5],
      ])
      // No event carries Thisted's code: every group is empty, so none is shown.
      const local = await ask(flow, plans, '?municipality=787')
      expect(local.status).toBe(200)
      expect(local.body).toMatchObject({ municipality: '787', groups: [] })
    })

    it('names the bad field of a body that does not describe plans', async () => {
      const flow = newFlow()
      const cases: [unknown, string][] = [
        [{ questions: ['a-kasse'] }, 'plans'],
        [{ ...plans, extra: 1 }, 'extra'],
        [{ ...plans, questions: ['a-kasse', 'a-kasse'] }, 'questions'],
        [{ ...plans, plans: [{ ...plans.plans[0], id: 'no spaces' }] }, 'plans.0.id'],
        [{ ...plans, plans: [{ ...plans.plans[0], answers: [['ja']] }] }, 'plans.0.answers.0'],
        [{ ...plans, plans: [plans.plans[0], { ...plans.plans[1], id: 'A' }] }, 'plans.1.id'],
        [
          { ...plans, plans: [plans.plans[0], { ...plans.plans[1], answers: [['ja', '']] }] },
          'plans.1.answers.0',
        ],
        [
          { ...plans, plans: [{ ...plans.plans[0], answers: [["ja'--", '']] }] },
          'plans.0.answers.0.0',
        ],
      ]
      for (const [body, field] of cases) {
        const answer = await ask(flow, body)
        expect(answer.status, field).toBe(400)
        expect(answer.body, field).toMatchObject({
          error: { status: 400, code: 'invalid_request', field },
        })
        expect((answer.body.error as { message: string }).message).toContain(field)
      }
    })
  })
}
