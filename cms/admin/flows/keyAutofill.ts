import type { FormState } from 'payload'
import type { Condition } from '../../../content-models/index.ts'
import { keyFromTitle } from '../../collections/Flows/flowKeys.ts'
import { renameInCondition, type KeyRename } from './conditionTree.ts'

/** One form field to set. */
export type FieldUpdate = { path: string; value: unknown }

const str = (value: unknown) => (typeof value === 'string' ? value : '')

type List = {
  rowPath: (i: number) => string
  key: string
  title: string
  fallback: string
  count: number
}

/**
 * Keys of rows never saved follow their titles while the editor types (so a rule can point at
 * a question added a second ago, and keeps pointing at it as its title is finished); every rule
 * and variant naming an old key follows the rename. Saved keys, and keys the editor typed
 * (`auto` no longer holds the value last set), are never touched. `auto` remembers, per row id,
 * the key last made here.
 */
export function keyUpdates(
  fields: FormState,
  auto: Map<string, string>,
  savedRows: ReadonlySet<string> = new Set(),
): FieldUpdate[] {
  const updates: FieldUpdate[] = []
  const renames: KeyRename[] = []
  const value = (path: string) => fields[path]?.value
  const count = (path: string) => {
    const rows = fields[path]?.rows
    return Array.isArray(rows) ? rows.length : Number(fields[path]?.value) || 0
  }

  const follow = (list: List, rename: (from: string, to: string) => KeyRename | null) => {
    const keys = Array.from({ length: list.count }, (_, i) =>
      str(value(`${list.rowPath(i)}.${list.key}`)),
    )
    for (let i = 0; i < list.count; i++) {
      const row = list.rowPath(i)
      const state = fields[`${row}.${list.key}`]
      const id = str(value(`${row}.id`))
      if (!state || !id || savedRows.has(id) || str(state.initialValue) !== '') continue
      const current = keys[i] ?? ''
      if (current !== '' && auto.get(id) !== current) continue
      const taken = new Set(keys.filter((key, j) => j !== i && key !== ''))
      const next = keyFromTitle(str(value(`${row}.${list.title}`)), taken, list.fallback)
      auto.set(id, next)
      if (next === current) continue
      keys[i] = next
      updates.push({ path: `${row}.${list.key}`, value: next })
      const change = current === '' ? null : rename(current, next)
      if (change) renames.push(change)
    }
    return keys
  }

  const questionKeys = follow(
    {
      rowPath: (i) => `questions.${i}`,
      key: 'key',
      title: 'prompt',
      fallback: 'spoergsmaal',
      count: count('questions'),
    },
    (from, to) => ({ kind: 'question', from, to }),
  )
  questionKeys.forEach((question, q) => {
    const base = `questions.${q}.options`
    follow(
      {
        rowPath: (i) => `${base}.${i}`,
        key: 'value',
        title: 'label',
        fallback: 'svar',
        count: count(base),
      },
      (from, to) => ({ kind: 'option', question, from, to }),
    )
  })
  follow(
    {
      rowPath: (i) => `steps.${i}`,
      key: 'key',
      title: 'title',
      fallback: 'trin',
      count: count('steps'),
    },
    (from, to) => ({ kind: 'step', from, to }),
  )
  if (renames.length === 0) return updates

  const conditionPaths = [
    ...Array.from({ length: count('steps') }, (_, i) => `steps.${i}.showWhen`),
    'fallback.when',
  ]
  for (const path of conditionPaths) {
    const before = value(path) as Condition | null | undefined
    if (!before || typeof before !== 'object') continue
    const after = renames.reduce(renameInCondition, before)
    if (JSON.stringify(after) !== JSON.stringify(before)) updates.push({ path, value: after })
  }
  for (let i = 0; i < count('variants'); i++) {
    for (const list of ['moveFirst', 'hide']) {
      const path = `variants.${i}.${list}`
      const before = value(path)
      if (!Array.isArray(before)) continue
      const after = before.map((key) =>
        renames.reduce((k, r) => (r.kind === 'step' && r.from === k ? r.to : k), String(key)),
      )
      if (after.some((key, j) => key !== before[j])) updates.push({ path, value: after })
    }
  }
  return updates
}

/** The ids of the question, option and step rows of the saved document: their keys are fixed. */
export function savedRowIds(saved: Record<string, unknown> | undefined): Set<string> {
  const ids = new Set<string>()
  const rows = (value: unknown) =>
    Array.isArray(value) ? (value as Record<string, unknown>[]) : []
  const add = (row: Record<string, unknown>) => {
    if ((typeof row.id === 'string' || typeof row.id === 'number') && row.id)
      ids.add(String(row.id))
  }
  for (const question of rows(saved?.questions)) {
    add(question)
    for (const option of rows(question.options)) add(option)
  }
  for (const step of rows(saved?.steps)) add(step)
  return ids
}
