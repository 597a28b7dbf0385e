import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { nextQuestion, planFlow } from '../../flows/index.ts'
import { anyFlow } from './arbitraries.ts'
import { generateState } from './generateFlow.ts'

test.prop([
  anyFlow,
  fc.integer({ min: 1 }),
  fc.array(fc.constantFrom('velkommen', 'pligter', 's0', 's1', 's2', 's3')),
])(
  'screening with nextQuestion leads to the same path as answering every question',
  (flow, seed, completed) => {
    const everything = generateState(flow, seed).answers ?? {}
    const screened: Record<string, string | readonly string[]> = {}
    for (
      let question = nextQuestion(flow, screened);
      question;
      question = nextQuestion(flow, screened)
    ) {
      expect(screened).not.toHaveProperty(question.key)
      screened[question.key] = everything[question.key]!
    }
    const path = (answers: typeof screened) => {
      const plan = planFlow(flow, { answers, completed, subject: 'device-1' })
      return { steps: plan.steps.map((step) => step.key), fallback: plan.fallback }
    }
    expect(path(screened)).toEqual(path(everything))
  },
)
