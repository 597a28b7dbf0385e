import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import type { Flow } from '../../content-models/index.ts'
import { describeCondition, explainStep } from '../../flows/index.ts'
import { mapPaths } from '../../flows/pathMap/index.ts'
import { anyState } from './arbitraries.ts'
import { validFlow } from './fixtures.ts'

/**
 * A draft as the admin may hold it while the editor types: any value in place of a rule,
 * lists or titles missing, options missing, the fallback half-filled.
 */
const draft: fc.Arbitrary<Flow> = fc
  .record({
    rules: fc.array(fc.anything(), {
      minLength: validFlow.steps.length,
      maxLength: validFlow.steps.length,
    }),
    dropTitles: fc.boolean(),
    dropOptions: fc.boolean(),
    dropQuestions: fc.boolean(),
    fallback: fc.anything(),
    variants: fc.anything(),
  })
  .map(({ rules, dropTitles, dropOptions, dropQuestions, fallback, variants }) => {
    const flow = structuredClone(validFlow) as unknown as Record<string, unknown> & Flow
    flow.steps = flow.steps.map((step, at) => ({
      ...step,
      showWhen: at % 2 === 0 ? (rules[at] as Flow['steps'][number]['showWhen']) : step.showWhen,
      ...(dropTitles ? { title: undefined as never } : {}),
    }))
    if (dropOptions) for (const question of flow.questions) question.options = undefined as never
    if (dropQuestions) flow.questions = undefined as never
    flow.fallback = fallback as never
    flow.variants = variants as never
    return flow
  })

test.prop([draft, anyState, fc.constantFrom('da' as const, 'en' as const)])(
  'mapPaths, describeCondition and explainStep never throw on a half-written draft',
  (flow, state, locale) => {
    const map = mapPaths(flow, { variant: 'standard' })
    expect(typeof map.headline.message.da).toBe('string')
    for (const group of map.groups) expect(map.groupOf(group.answers)).toBe(group)
    for (const step of flow.steps) {
      expect(typeof describeCondition(step.showWhen, flow, locale).text).toBe('string')
      expect(typeof explainStep(step, flow, state, locale).sentence.text).toBe('string')
    }
  },
)
