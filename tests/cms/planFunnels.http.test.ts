// Indsigt's funnels per plan through the real tracking API on both stores: citizens of
// "Ny på dagpenge" answer the screening questions; the API counts them per plan of the real
// path map (readGroups sends the plans' answer combinations), or, for a flow with too many
// combinations, groups them by answers and readGroups merges the groups by plan.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countText, type MergedCount } from '../../cms/admin/insights/mergedCount.ts'
import type { FunnelGroup } from '../../cms/admin/insights/planFunnels.ts'
import { planGrouping } from '../../cms/admin/insights/planQuestions.ts'
import { readGroups } from '../../cms/admin/insights/readGroups.ts'
import { readSampleContent } from '../../sample-content/index.ts'
import type { TrackingEvent } from '../../tracking/index.ts'
import { testReadToken } from '../tracking/fixtures/badRequests.ts'
import { backends } from '../tracking/helpers/backends.ts'
import { closeOpened } from '../tracking/helpers/closeOpened.ts'
import { makeEvent, newFlow, newSubject } from '../tracking/helpers/events.ts'
import { testApp, viaSocket } from '../tracking/helpers/http.ts'
import type { ServedApp } from '../tracking/helpers/servedApp.ts'

const content = readSampleContent(path.resolve(import.meta.dirname, '../../content'))
const grouping = planGrouping(content.flows.find((flow) => flow.slug === 'ny-paa-dagpenge')!)!

/** `count` citizens giving these answers, viewing `viewed` and completing `completed` steps. */
function citizens(
  flow: string,
  count: number,
  [ledig, samtaler, cv]: [string, string, string],
  viewed: string[],
  completed: string[],
): TrackingEvent[] {
  return Array.from({ length: count }, () => {
    const subject = newSubject()
    const event = (fields: Partial<TrackingEvent>) =>
      makeEvent({ subject, flow, step: undefined, ...fields })
    const answered = Object.entries({ 'meldt-ledig': ledig, samtaler, 'cv-klar': cv })
    return [
      event({ type: 'flow_started' }),
      ...answered.map(([question, value]) =>
        event({ type: 'question_answered', answer: { question, value } }),
      ),
      ...viewed.map((step) => event({ type: 'step_viewed', step })),
      ...completed.map((step) => event({ type: 'step_completed', step })),
    ]
  }).flat()
}

/** Every count shown keeps the rule: "<5", at least 5, or a range reaching 5 or more. */
const keepsRule = (count: MergedCount) =>
  count === '<5' || (typeof count === 'number' ? count >= 5 : count.high >= 5)

/** No group shows a count that breaks the rule. */
function expectRuleKept(shown: FunnelGroup[]) {
  const counts = shown.flatMap((group) => [
    group.subjects,
    group.started,
    group.completed,
    ...group.steps.flatMap((row) => [row.viewed, row.completed]),
  ])
  expect(counts.filter((count) => !keepsRule(count)).map(countText)).toEqual([])
}

backends.forEach(({ name, make, skip }, at) => {
  describe.skipIf(skip)(`funnels per plan on ${name}`, () => {
    let served: ServedApp
    beforeAll(async () => {
      const backend = await make()
      const store = await backend.open()
      const app = await testApp(store)
      const baseUrl = await app.listen({ port: 47750 + at, host: '127.0.0.1' })
      served = { backend, store, app, baseUrl }
      process.env.TRACKING_URL = baseUrl
      process.env.TRACKING_READ_TOKEN = testReadToken
    })
    afterAll(() => closeOpened(served))

    it('merges the answer groups that got the same plan; small ones are "øvrige"', async () => {
      const flow = newFlow()
      const batches = [
        // Plan 1 twice: no talk yet (9), only the jobcentre (6); both view the a-kasse step.
        citizens(flow, 9, ['yes', 'ingen', 'yes'], ['rettigheder', 'a-kasse'], ['rettigheder']),
        citizens(flow, 6, ['yes', 'jobcenter', 'yes'], ['rettigheder', 'a-kasse'], []),
        // Not registered yet: another plan, starting with "meld dig ledig".
        citizens(flow, 7, ['no', 'ingen', 'yes'], ['meld-dig-ledig'], ['meld-dig-ledig']),
        // Two citizens alone with their answers: "øvrige".
        citizens(flow, 2, ['yes', 'begge', 'no'], ['rettigheder'], []),
      ]
      for (const events of batches) {
        const sent = await viaSocket(served.baseUrl, {
          method: 'POST',
          url: '/v1/events',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ events }),
        })
        expect(sent.status).toBe(202)
      }

      // Counted per plan inside the API: exact totals, "<5" only where a count is under 5.
      const exact = await readGroups(flow, null, {}, grouping)
      if (!exact.groups.ok) throw new Error(exact.groups.detail)
      expect(exact.groups.data.groups.map((group) => [group.kind, group.subjects])).toEqual([
        ['plan', 15],
        ['plan', 7],
        ['other', '<5'],
      ])
      const exactPlan1 = exact.groups.data.groups[0]!
      expect(exactPlan1).toMatchObject({ kind: 'plan', plan: 0 })
      // Every combination leading to Plan 1 is listed, the two given among them.
      expect(exactPlan1.answers.length).toBe(grouping.answerRows![0]!.length)
      expect(exactPlan1.answers).toContainEqual([
        { question: 'meldt-ledig', value: 'yes' },
        { question: 'samtaler', value: 'jobcenter' },
        { question: 'cv-klar', value: 'yes' },
      ])
      expect(exactPlan1.steps.slice(0, 2)).toEqual([
        { step: 'rettigheder', viewed: 15, completed: 9 },
        { step: 'a-kasse', viewed: 15, completed: '<5' },
      ])
      expectRuleKept(exact.groups.data.groups)

      // A flow whose combinations are too many to list: answer groups merged here, as ranges.
      const { groups } = await readGroups(flow, null, {}, { ...grouping, answerRows: null })
      if (!groups.ok) throw new Error(groups.detail)
      const shown = groups.data.groups
      expect(shown.map((group) => [group.kind, group.subjects])).toEqual([
        ['plan', 15],
        ['plan', 7],
        ['other', '<5'],
      ])
      const plan1 = shown[0]!
      expect(plan1).toMatchObject({ kind: 'plan', plan: 0 })
      expect(plan1.answers).toHaveLength(2)
      // The jobcentre group's 0 completions came as "<5": the sums are ranges, never exact under 5.
      expect(plan1.steps.slice(0, 2)).toEqual([
        { step: 'rettigheder', viewed: 15, completed: { low: 9, high: 13 } },
        { step: 'a-kasse', viewed: 15, completed: { low: 0, high: 8 } },
      ])
      expect(plan1.steps.slice(0, 2).map((row) => countText(row.completed))).toEqual(['9–13', '<9'])
      expect(shown[1]!.steps[0]).toEqual({ step: 'meld-dig-ledig', viewed: 7, completed: 7 })
      expectRuleKept(shown)
    })
  })
})
