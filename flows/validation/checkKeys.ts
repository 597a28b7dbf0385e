import type { Flow } from '../../content-models/index.ts'
import { listOf } from '../draft.ts'
import type { FlowProblem } from '../types.ts'
import { problem } from './problem.ts'

/** Duplicate question, option, step and variant keys; choice questions without enough options. */
export function checkKeys(flow: Flow): FlowProblem[] {
  const problems: FlowProblem[] = []
  const questionKeys = new Set<string>()
  flow.questions.forEach((question, at) => {
    if (questionKeys.has(question.key)) {
      problems.push(problem('duplicate-question-key', `questions[${at}].key`, question.key))
    }
    questionKeys.add(question.key)
    if (question.type === 'yesno') return
    const options = listOf(question.options)
    const needed = question.type === 'single' ? 2 : 1
    if (options.length < needed)
      problems.push(problem('too-few-options', `questions[${at}].options`, question.key, needed))
    const values = new Set<string>()
    options.forEach((option, index) => {
      if (values.has(option.value)) {
        const path = `questions[${at}].options[${index}].value`
        problems.push(problem('duplicate-option-value', path, question.key, option.value))
      }
      values.add(option.value)
    })
  })
  const stepKeys = new Set<string>()
  flow.steps.forEach((step, at) => {
    if (stepKeys.has(step.key))
      problems.push(problem('duplicate-step-key', `steps[${at}].key`, step.key))
    stepKeys.add(step.key)
  })
  const variantKeys = new Set<string>()
  listOf(flow.variants).forEach((variant, at) => {
    if (variantKeys.has(variant.key))
      problems.push(problem('duplicate-variant-key', `variants[${at}].key`, variant.key))
    variantKeys.add(variant.key)
  })
  return problems
}
