import type { CollectionBeforeValidateHook } from 'payload'
import { keyFromTitle } from '../Flows/flowKeys.ts'
import { nationalFlow } from './nationalFlow.ts'

type Row = Record<string, unknown>

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * Before validation: a local step without a key gets one made from its title, unlike every key
 * of the national flow and of the other local steps. Keys already there never change (they
 * hold citizens' progress).
 */
export const fillLocalStepKeys: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!data || !Array.isArray(data.addedSteps)) return data
  const rows = data.addedSteps as Row[]
  if (rows.every((row) => filled(row.key))) return data
  const national = await nationalFlow(req, data.flow ?? (originalDoc as Row | undefined)?.flow)
  const taken = new Set([
    ...(national?.flow.steps.map((step) => step.key) ?? []),
    ...rows.map((row) => row.key).filter(filled),
  ])
  const addedSteps = rows.map((row) => {
    if (filled(row.key)) return row
    const key = keyFromTitle(row.title, taken, 'lokalt-trin')
    taken.add(key)
    return { ...row, key }
  })
  return { ...data, addedSteps }
}
