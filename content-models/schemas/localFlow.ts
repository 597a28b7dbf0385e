import { z } from 'zod'
import { key, slug } from './common.ts'
import { step } from './flow.ts'
import { municipalityCodePattern } from './municipality.ts'

/** A municipality's own step, placed right after a national step (its anchor, by key). */
const addedStep = step.extend({ after: key })

/**
 * A municipality's version of a national flow, without copying it: its own steps, each anchored
 * after a national step by key, and the national steps it hides. The national flow stays the
 * single source; when it changes, the additions stay attached to their anchors.
 */
export const localFlow = z.object({
  /** The national flow's slug. */
  flow: slug,
  /** The official code of the municipality this version belongs to. */
  municipality: z.string().regex(municipalityCodePattern),
  addedSteps: z.array(addedStep).default([]),
  hiddenSteps: z.array(key).default([]),
})
/** A municipality's version of a national flow. */
export type LocalFlow = z.infer<typeof localFlow>
/** A local step added to a national flow, with the key of the step it follows. */
export type AddedStep = z.infer<typeof addedStep>
