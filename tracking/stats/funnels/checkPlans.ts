import { ApiError } from '../../errors.ts'
import { maxAnswerRows } from '../../schemas/planFunnels.ts'
import type { PlanFunnelsBody } from './planFunnels.ts'

const fault = (field: string, problem: string) =>
  new ApiError(400, 'invalid_request', { field, message: `field "${field}" ${problem}.` })

/**
 * What the body's schema cannot say: plan ids are unique, every answer row has one value per
 * question, no row leads to two plans, and all plans together list at most `maxAnswerRows` rows.
 * Throws a 400 naming the first bad field.
 */
export function checkPlans(body: PlanFunnelsBody): void {
  const ids = new Set<string>()
  const rows = new Map<string, number>()
  let total = 0
  body.plans.forEach((plan, p) => {
    if (ids.has(plan.id)) throw fault(`plans.${p}.id`, 'repeats the id of an earlier plan')
    ids.add(plan.id)
    plan.answers.forEach((row, r) => {
      const field = `plans.${p}.answers.${r}`
      if (row.length !== body.questions.length)
        throw fault(field, `must have one value per question (${body.questions.length})`)
      const key = JSON.stringify(row)
      const earlier = rows.get(key)
      if (earlier !== undefined && earlier !== p)
        throw fault(field, `also leads to plan ${earlier} ("${body.plans[earlier]!.id}")`)
      rows.set(key, p)
      if (++total > maxAnswerRows)
        throw fault(field, `is past the ${maxAnswerRows} answer rows all plans may list`)
    })
  })
}
