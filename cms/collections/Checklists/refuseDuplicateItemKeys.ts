import type { CollectionBeforeValidateHook } from 'payload'
import { message } from '../../messages.ts'
import { refuseIfProblems, type FieldProblem } from '../../validation/refuse.ts'

/** Each checklist item needs its own key: a citizen's ticks are stored by key. Checked on every save. */
export const refuseDuplicateItemKeys: CollectionBeforeValidateHook = ({ data, req }) => {
  const items = (data?.items ?? []) as { key?: string }[]
  const seen = new Set<string>()
  const problems: FieldProblem[] = []
  items.forEach((item, index) => {
    if (!item.key) return
    if (seen.has(item.key))
      problems.push({
        path: `items.${index}.key`,
        message: message(req, 'duplicateItemKey', { key: item.key }),
      })
    seen.add(item.key)
  })
  refuseIfProblems('checklists', problems, req)
  return data
}
