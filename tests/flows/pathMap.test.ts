import path from 'node:path'
import { fc, test as propertyTest } from '@fast-check/vitest'
import { describe, expect, test } from 'vitest'
import type { Flow } from '../../content-models/index.ts'
import { readSampleContent } from '../../sample-content/index.ts'
import { pickVariant, planFlow, type PlanOptions } from '../../flows/index.ts'
import { mapPaths, type PathGroup } from '../../flows/pathMap/index.ts'
import { everyCombination } from './answerCombinations.ts'
import { validFlow } from './fixtures.ts'
import { generateFlow } from './generateFlow.ts'
import { nestedFlow } from './nestedFlow.ts'

const content = readSampleContent(path.resolve(import.meta.dirname, '..', '..', 'content'))
const keys = (steps: readonly { key: string }[]) => steps.map((step) => step.key)

/** A device id that `pickVariant` puts in the variant, so planFlow plans as that variant. */
function subjectIn(flow: Flow, variant: string): string {
  for (let at = 0; at < 100_000; at++) {
    if (pickVariant(flow.variants, `device-${at}`, flow.slug)?.key === variant)
      return `device-${at}`
  }
  throw new Error(`no subject lands in variant ${variant}`)
}

/**
 * Walks every combination with nextQuestion and plans it with planFlow; the map must put it in
 * a group with exactly planFlow's steps, fallback and minutes, and count every combination once.
 */
function expectMapEqualsPlanFlow(flow: Flow, variant: string | null, options?: PlanOptions): void {
  const mapped = variant === null ? { ...flow, variants: [] } : flow
  const subject = variant === null ? '' : subjectIn(flow, variant)
  const map = mapPaths(mapped, { ...options, variant })
  expect(map.complete).toBe(true)
  expect(map.variant).toBe(variant)
  const counted = new Map<PathGroup, number>()
  let combinations = 0
  for (const answers of everyCombination(mapped)) {
    const plan = planFlow(mapped, { answers, subject }, options)
    const group = map.groupOf(answers)
    expect(group, JSON.stringify(answers)).not.toBeNull()
    expect(keys(group!.steps), JSON.stringify(answers)).toEqual(keys(plan.steps))
    expect(group!.fallback?.flow ?? null).toBe(plan.fallback?.flow ?? null)
    expect(group!.minutes).toBe(plan.progress.minutesLeft)
    counted.set(group!, (counted.get(group!) ?? 0) + 1)
    combinations++
  }
  expect(map.headline.combinations).toBe(combinations)
  expect(map.headline.plans).toBe(map.groups.length)
  for (const group of map.groups) {
    expect(counted.get(group)).toBe(group.combinations)
    // The sample answers open the trial: they must plan the group's plan too.
    expect(keys(planFlow(mapped, { answers: group.answers, subject }, options).steps)).toEqual(
      keys(group.steps),
    )
  }
}

describe('mapPaths equals planFlow for every answer combination', () => {
  const flows = [
    ...content.flows.map((flow) => [flow.slug, flow] as const),
    ['fixture valid-flow.json', validFlow] as const,
  ]
  for (const [name, flow] of flows) {
    test(`${name}, as written`, () => expectMapEqualsPlanFlow(flow, null))
    for (const variant of flow.variants) {
      test(`${name}, variant ${variant.key}`, () => expectMapEqualsPlanFlow(flow, variant.key))
    }
  }

  test('with checklist definitions (an empty checklist counts as done from the start)', () => {
    const flow = content.flows.find((found) => found.slug === 'ny-paa-dagpenge')!
    expectMapEqualsPlanFlow(flow, null, { checklists: { 'foerste-uge-som-ledig': [] } })
    expectMapEqualsPlanFlow(flow, null, { checklists: { 'foerste-uge-som-ledig': ['a'] } })
  })

  propertyTest.prop(
    [
      fc.record({
        seed: fc.integer({ min: 1, max: 1_000_000 }),
        steps: fc.integer({ min: 2, max: 30 }),
        questions: fc.integer({ min: 1, max: 5 }),
      }),
      fc.boolean(),
    ],
    { numRuns: 25 },
  )('generated flows, as written and as variant "b"', (size, asVariant) => {
    expectMapEqualsPlanFlow(generateFlow(size).flow, asVariant ? 'b' : null)
  })

  propertyTest.prop([nestedFlow, fc.boolean(), fc.boolean()], { numRuns: 150 })(
    'flows with nested conditions, as written and as a variant, with and without checklist definitions',
    (flow, asVariant, withChecklists) => {
      const checklists = withChecklists ? { 'indhold-0': [], 'indhold-1': ['punkt'] } : undefined
      expectMapEqualsPlanFlow(flow, asVariant ? 'v' : null, { checklists })
    },
  )

  propertyTest.prop(
    [
      fc.record({
        seed: fc.integer({ min: 1, max: 1_000_000 }),
        steps: fc.integer({ min: 2, max: 20 }),
        questions: fc.integer({ min: 1, max: 3 }),
        optionCount: fc.integer({ min: 1, max: 3 }),
      }),
    ],
    { numRuns: 15 },
  )('generated flows of multi-choice questions only', (size) => {
    expectMapEqualsPlanFlow(generateFlow({ ...size, questionType: 'multi' }).flow, null)
  })
})
