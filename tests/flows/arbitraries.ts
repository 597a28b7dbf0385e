import { fc } from '@fast-check/vitest'
import type { Flow } from '../../content-models/index.ts'
import type { FlowState } from '../../flows/index.ts'
import { validFlow } from './fixtures.ts'
import { generateFlow } from './generateFlow.ts'

/** Flows of many shapes: the sample flow and generated ones. */
export const anyFlow: fc.Arbitrary<Flow> = fc.oneof(
  fc.constant(validFlow),
  fc
    .record({
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      steps: fc.integer({ min: 2, max: 40 }),
      questions: fc.integer({ min: 1, max: 8 }),
    })
    .map((size) => generateFlow(size).flow),
)

// Keys and values the flows above use, mixed with strangers, so states hit real branches.
const questionKey = fc.oneof(
  fc.constantFrom('har-cv', 'jobmaal', 'behov', 'q0', 'q1', 'q2', 'q3', 'q4'),
  fc.string(),
)
const answerValue = fc.oneof(
  fc.constantFrom('yes', 'no', 'klart', 'uklart', 'cv', 'netvaerk', 'o0', 'o1', 'o2', 'o3'),
  fc.string(),
)
const stepKey = fc.oneof(
  fc.constantFrom(
    'velkommen',
    'pligter',
    'efter-pligter',
    'kontakt',
    's0',
    's1',
    's2',
    's3',
    's5',
    's8',
  ),
  fc.string(),
)

/** Well-formed citizen states with known and unknown keys and values. */
export const wellFormedState: fc.Arbitrary<FlowState> = fc.record(
  {
    answers: fc.dictionary(
      questionKey,
      fc.oneof(answerValue, fc.array(answerValue, { maxLength: 4 })),
    ),
    completed: fc.array(stepKey, { maxLength: 12 }),
    checked: fc.dictionary(stepKey, fc.array(fc.string(), { maxLength: 3 })),
    subject: fc.string(),
  },
  { requiredKeys: [] },
)

/** Anything at all in place of a state, or a state with any values in its fields. */
export const anyState: fc.Arbitrary<FlowState> = fc.oneof(
  wellFormedState,
  fc.anything() as fc.Arbitrary<FlowState>,
  fc.record({
    answers: fc.anything(),
    completed: fc.anything(),
    checked: fc.anything(),
    subject: fc.anything(),
  }) as fc.Arbitrary<FlowState>,
)
