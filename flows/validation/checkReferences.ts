import type { Flow } from '../../content-models/index.ts'
import { optionValues } from '../answers.ts'
import type { FlowIndex } from '../flowIndex.ts'
import type { FlowProblem } from '../types.ts'
import { problem } from './problem.ts'
import { flowConditions, walkCondition } from './walkCondition.ts'

/** Conditions naming a question, option or step the flow lacks; `checklistDone` on a non-checklist step. */
export function checkReferences(flow: Flow, index: FlowIndex): FlowProblem[] {
  const problems: FlowProblem[] = []
  for (const root of flowConditions(flow)) {
    walkCondition(root.condition, root.path, (condition, path) => {
      if ('answer' in condition) {
        const question = index.questions.get(condition.answer)
        if (!question) {
          problems.push(problem('unknown-question', `${path}.answer`, condition.answer))
          return
        }
        const values = optionValues(question)
        const named = 'is' in condition ? [{ value: condition.is, path: `${path}.is` }] : []
        if ('in' in condition)
          condition.in.forEach((value, at) => named.push({ value, path: `${path}.in[${at}]` }))
        for (const { value, path: at } of named) {
          if (!values.includes(value))
            problems.push(problem('unknown-option', at, question.key, value, values))
        }
      } else if ('completed' in condition) {
        if (!index.steps.has(condition.completed)) {
          problems.push(problem('unknown-step', `${path}.completed`, condition.completed))
        }
      } else if ('checklistDone' in condition) {
        const step = index.steps.get(condition.checklistDone)
        const at = `${path}.checklistDone`
        if (!step) problems.push(problem('unknown-step', at, condition.checklistDone))
        else if (step.content?.collection !== 'checklists') {
          problems.push(problem('checklist-done-not-checklist', at, condition.checklistDone))
        }
      }
    })
  }
  return problems
}
