// The experiment endpoint through the real API on both stores: it computes what the pure
// statistics compute (experiment.stats.test.ts runs the 200-experiment simulations there),
// flags a broken split, counts each kind of outcome, and never shows a count under 5.
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store, TrackingEvent } from '../../tracking/index.ts'
import { compareVariants } from '../../tracking/stats/experiment/compareVariants.ts'
import { testReadToken } from './fixtures/badRequests.ts'
import { backends, type Backend } from './helpers/backends.ts'
import { closeOpened } from './helpers/closeOpened.ts'
import { newFlow } from './helpers/events.ts'
import { testApp, viaInject, viaSocket } from './helpers/http.ts'
import { citizenEvents, countsUnderFive, many, type Citizen } from './experiment/citizens.ts'
import { seededRandom, simulateExperiment } from './experiment/simulate.ts'

const bearer = { authorization: `Bearer ${testReadToken}` }
const fiftyFifty = [
  { key: 'a', share: 50 },
  { key: 'b', share: 50 },
]

for (const { name, make, skip } of backends) {
  describe.skipIf(skip)(`the experiment endpoint on ${name}`, () => {
    let backend: Backend
    let store: Store
    let app: FastifyInstance
    let baseUrl: string
    const answers: unknown[] = []
    beforeAll(async () => {
      backend = await make()
      store = await backend.open()
      // Thousands of batches from one client: the rate limit is not what is tested here.
      app = await testApp(store, { TRACKING_RATE_LIMIT: '0' })
      baseUrl = await app.listen({ port: 0, host: '127.0.0.1' })
    })
    afterAll(() => closeOpened({ app, store, backend }))

    /** Posts the citizens' events in batches of 100, ten requests at a time. */
    async function send(flow: string, citizens: Citizen[]) {
      const events: TrackingEvent[] = citizens.flatMap((citizen) => citizenEvents(flow, citizen))
      const requests: Promise<unknown>[] = []
      for (let i = 0; i < events.length; i += 100) {
        const body = JSON.stringify({ events: events.slice(i, i + 100) })
        requests.push(
          viaInject(app, {
            method: 'POST',
            url: '/v1/events',
            headers: { 'content-type': 'application/json' },
            body,
          }).then((answer) => expect(answer.status).toBe(202)),
        )
        if (requests.length === 10) await Promise.all(requests.splice(0))
      }
      await Promise.all(requests)
    }

    /** Asks the endpoint over a socket; keeps the answer for the "<5" check. */
    async function ask(flow: string, query: string) {
      const answer = await viaSocket(baseUrl, {
        method: 'GET',
        url: `/v1/stats/flows/${flow}/experiment?${query}`,
        headers: bearer,
      })
      expect(answer.status).toBe(200)
      answers.push(answer.body)
      return answer.body as ReturnType<typeof compareVariants> & { outcome: string }
    }

    it('computes on stored events what the statistics compute on the same counts', async () => {
      const random = seededRandom(name === 'sqlite' ? 3 : 4)
      for (const rates of [
        { a: 0.3, b: 0.3 },
        { a: 0.3, b: 0.36 },
        { a: 0.5, b: 0.4 },
        { a: 0.02, b: 0.03 },
      ]) {
        const flow = newFlow()
        const tallies = simulateExperiment(random, rates, 300)
        await send(
          flow,
          tallies.flatMap(({ variant, started, reached }) => [
            ...many(reached, { variant, completed: true }),
            ...many(started - reached, { variant }),
          ]),
        )
        const answer = await ask(flow, 'variants=a:50,b:50')
        expect(answer.outcome).toBe('flow_completed')
        expect(answer.variants).toEqual(compareVariants(fiftyFifty, tallies, 100).variants)
      }
    })

    /** Runs 200 simulated experiments through the API; resolves to each one's comparison. */
    async function simulate(seed: number, rates: Record<string, number>, citizens: number) {
      const random = seededRandom(seed)
      const flows = Array.from({ length: 200 }, () => newFlow())
      for (const flow of flows)
        await send(
          flow,
          simulateExperiment(random, rates, citizens).flatMap(({ variant, started, reached }) => [
            ...many(reached, { variant, completed: true }),
            ...many(started - reached, { variant }),
          ]),
        )
      const comparisons = []
      for (const flow of flows)
        comparisons.push((await ask(flow, 'variants=a:50,b:50')).variants[1]!.comparison!)
      return comparisons
    }

    it('calls "better at 95 %" in at most about 5 % of 200 A/A experiments', async () => {
      const comparisons = await simulate(20, { a: 0.3, b: 0.3 }, 150)
      const better = comparisons.filter((comparison) => comparison.verdict === 'better')
      expect(better.length / 200).toBeLessThanOrEqual(0.08)
    }, 120_000)

    it('covers a true difference with the 95 % interval in 93–97 % of 200 experiments', async () => {
      const comparisons = await simulate(21, { a: 0.3, b: 0.4 }, 200)
      const covered = comparisons.filter(({ difference }) => {
        return difference!.low <= 0.1 && 0.1 <= difference!.high
      })
      expect(covered.length / 200).toBeGreaterThanOrEqual(0.93)
      expect(covered.length / 200).toBeLessThanOrEqual(0.97)
    }, 120_000)

    it('flags a 45/55 split of 10,000 citizens configured 50/50, and not a 50/50 one', async () => {
      const skewed = newFlow()
      await send(skewed, [...many(4500, { variant: 'a' }), ...many(5500, { variant: 'b' })])
      expect((await ask(skewed, 'variants=a:50,b:50')).sampleRatio.mismatch).toBe(true)
      const even = newFlow()
      await send(even, [...many(5000, { variant: 'a' }), ...many(5000, { variant: 'b' })])
      const answer = await ask(even, 'variants=a:50,b:50')
      expect(answer.sampleRatio).toEqual({ pValue: 1, mismatch: false })
    }, 60_000)

    it('counts each kind of outcome: a step, a checklist, contact, the alternative flow', async () => {
      const flow = newFlow()
      const alternative = newFlow()
      const checklist = 'checklists/cv-tjek'
      await send(flow, [
        ...many(10, { variant: 'a', steps: ['cv'], contact: true }),
        ...many(6, { variant: 'a', ticked: { checklist, items: 3 }, alternative }),
        ...many(4, { variant: 'a', ticked: { checklist, items: 3, unticked: 1 } }),
        ...many(20, { variant: 'b', steps: ['cv', 'samtale'], ticked: { checklist, items: 4 } }),
        ...many(3, { variant: 'old' }),
      ])
      const query = 'variants=a:50,b:50&minimum=10'
      const reached = async (outcome: string) =>
        (await ask(flow, `${query}&${outcome}`)).variants.map((row) => row.reached)
      expect(await reached('outcome=step_completed&step=cv')).toEqual([10, 20])
      expect(await reached('outcome=step_completed&step=samtale')).toEqual(['<5', 20])
      expect(await reached(`outcome=checklist_done&checklist=${checklist}&items=3`)).toEqual([
        6, 20,
      ])
      expect(await reached('outcome=contact_requested')).toEqual([10, '<5'])
      expect(await reached(`outcome=alternative_taken&alternative=${alternative}`)).toEqual([
        6,
        '<5',
      ])
      const answer = await ask(flow, `${query}&outcome=flow_completed`)
      expect(answer.unconfiguredStarted).toBe('<5')
      expect(answer.variants.map((row) => row.started)).toEqual([20, 20])
    })

    it('says how many more citizens each variant needs, and shows no count under 5', async () => {
      const flow = newFlow()
      await send(flow, [
        ...many(30, { variant: 'a', completed: true }),
        ...many(2, { variant: 'b' }),
      ])
      const answer = await ask(flow, 'variants=a:50,b:50')
      expect(answer.variants.map((row) => [row.started, row.needed])).toEqual([
        [30, 70],
        ['<5', 100],
      ])
      expect(answer.variants[1]!.comparison).toEqual({
        verdict: 'too_few',
        difference: null,
        chanceToBeatFirst: null,
      })
      expect(answers.length).toBeGreaterThan(10)
      expect(answers.flatMap(countsUnderFive)).toEqual([])
    })
  })
}
