import { fc, test } from '@fast-check/vitest'
import { beforeAll, describe, expect, vi } from 'vitest'
import { pickVariant, planFlow } from '../../flows/index.ts'
import { anyFlow, anyState, wellFormedState } from './arbitraries.ts'
import { seededRandom } from './generateFlow.ts'
import { referenceHolds } from './referenceCondition.ts'

describe('planFlow properties', () => {
  test.prop([anyFlow, anyState])('never throws, whatever the state', (flow, state) => {
    planFlow(flow, state)
  })

  let otherInstance: typeof import('../../flows/index.ts')
  beforeAll(async () => {
    // A second copy of the engine module: nothing it keeps between calls is shared with the first.
    vi.resetModules()
    otherInstance = await import('../../flows/index.ts')
  })

  test.prop([anyFlow, anyState])(
    'plans the same path for the same state every time: from a copy, in another module instance, without changing its input',
    (flow, state) => {
      const flowBefore = structuredClone(flow)
      const stateBefore = structuredClone(state)
      const plan = planFlow(flow, state)
      expect(flow).toEqual(flowBefore)
      expect(state).toEqual(stateBefore)
      expect(otherInstance.planFlow).not.toBe(planFlow)
      expect(
        otherInstance.planFlow(structuredClone(flowBefore), structuredClone(stateBefore)),
      ).toEqual(plan)
      expect(planFlow(structuredClone(flowBefore), structuredClone(stateBefore))).toEqual(plan)
    },
  )

  test.prop([anyFlow, wellFormedState])(
    'shows exactly the steps whose condition holds and the variant does not hide',
    (flow, state) => {
      const plan = planFlow(flow, state)
      const hidden = new Set(
        flow.variants.find((variant) => variant.key === plan.variant)?.hide ?? [],
      )
      const expected = flow.steps.filter(
        (step) =>
          (!hidden.has(step.key) || step.kind === 'contact') &&
          (!step.showWhen || referenceHolds(step.showWhen, flow, state)),
      )
      expect(plan.steps.map((step) => step.key).sort()).toEqual(
        expected.map((step) => step.key).sort(),
      )
    },
  )

  test.prop([anyFlow, wellFormedState])(
    'marks completed steps done and only the first open step current',
    (flow, state) => {
      const plan = planFlow(flow, state)
      const completed = new Set(state.completed ?? [])
      const open = plan.steps.filter((step) => !completed.has(step.key))
      expect(plan.steps.filter((step) => step.status === 'done').length).toBe(plan.progress.done)
      expect(open.map((step) => step.status)).toEqual(
        open.map((_, at) => (at === 0 ? 'current' : 'todo')),
      )
      expect(plan.next?.key).toBe(open[0]?.key)
      expect(plan.progress.total).toBe(plan.steps.length)
    },
  )

  test.prop([anyFlow, wellFormedState])(
    'suggests the fallback exactly when its condition holds',
    (flow, state) => {
      const plan = planFlow(flow, state)
      const holds = flow.fallback ? referenceHolds(flow.fallback.when, flow, state) : false
      expect(plan.fallback?.flow).toBe(holds ? flow.fallback?.flow : undefined)
    },
  )
})

// Two to four variants with whole-percent shares adding up to 100. 2 points is four standard
// deviations at 10,000 ids, so a fixed seed keeps one run in a few hundred from failing by chance.
const shareSplit = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 3 })
  .map((cuts) =>
    [0, ...cuts.sort((a, b) => a - b), 100].flatMap((cut, at, all) =>
      at === 0 ? [] : [cut - all[at - 1]!],
    ),
  )

test.prop([shareSplit, fc.integer(), fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/)], {
  numRuns: 20,
  seed: 20_240_601,
})(
  'assigns 10,000 random subjects to variants within 2 percentage points of their shares',
  (shares, seed, flowSlug) => {
    const variants = shares.map((share, at) => ({ key: `v${at}`, share, moveFirst: [], hide: [] }))
    const random = seededRandom(seed)
    const counts = new Map<string, number>()
    for (let subject = 0; subject < 10_000; subject++) {
      const id = Array.from({ length: 4 }, () => Math.floor(random() * 2 ** 32).toString(16)).join(
        '-',
      )
      const key = pickVariant(variants, id, flowSlug)?.key ?? 'none'
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    expect(counts.get('none')).toBeUndefined()
    for (const variant of variants) {
      expect(
        Math.abs(((counts.get(variant.key) ?? 0) / 10_000) * 100 - variant.share),
      ).toBeLessThanOrEqual(2)
    }
  },
)

test.each([[[50, 50]], [[10, 90]], [[20, 30, 50]]])(
  'spreads sequential device ids over the variants %j within 2 percentage points',
  (shares) => {
    const variants = shares.map((share, at) => ({ key: `v${at}`, share, moveFirst: [], hide: [] }))
    const counts = new Map<string, number>()
    for (let n = 0; n < 10_000; n++) {
      const key = pickVariant(variants, `device-${n}`, 'ny-paa-dagpenge')!.key
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    for (const variant of variants) {
      expect(
        Math.abs((counts.get(variant.key)! / 10_000) * 100 - variant.share),
      ).toBeLessThanOrEqual(2)
    }
  },
)
