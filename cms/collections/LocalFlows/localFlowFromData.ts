import type { AddedStep, ContentRef } from '../../../content-models/index.ts'
import type { LocalFlowChanges } from '../../../flows/localFlow.ts'
import { engineFlowFromData, type ContentRelation } from '../Flows/engineFlowFromData.ts'

type Row = Record<string, unknown>

const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

/**
 * A local flow document's data (as the admin form or a save holds it) as the changes
 * `applyLocalFlow` lays over the national flow: the local steps in the engine's shape, each with
 * its anchor, and the hidden keys. Pure, so the admin runs it on the unsaved draft; `contentOf`
 * turns content relationships into references as in `engineFlowFromData`.
 */
export function localChangesFromData(
  data: Row,
  contentOf: (relation: ContentRelation) => ContentRef | null,
): { addedSteps: AddedStep[]; hiddenSteps: string[] } & LocalFlowChanges {
  const added = rows(data.addedSteps)
  const { steps } = engineFlowFromData({ steps: added }, contentOf)
  return {
    addedSteps: steps.map((step, index) => {
      const after = added[index]?.after
      return { ...step, after: typeof after === 'string' ? after : '' }
    }),
    hiddenSteps: Array.isArray(data.hiddenSteps) ? data.hiddenSteps.map(String) : [],
  }
}
