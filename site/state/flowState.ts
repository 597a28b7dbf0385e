import type { Flow, Step } from '../../content-models/browser.ts'
import type { FlowState, PlanOptions } from '../../flows/index.ts'
import type { DeviceState } from './deviceState.ts'
import { contentKey, stepKey } from './updates.ts'

/** What planning needs to know about content beyond the flow: course lessons, required checklist items. */
export type FlowCatalog = {
  /** Lesson slugs per course slug. */
  courses: Record<string, string[]>
  /** Required item keys per checklist slug. */
  checklists: Record<string, string[]>
}

/** How a step came to be done: marked (can be undone) or derived from its content (cannot). */
export type StepDone = 'marked' | 'derived' | null

/**
 * Whether a step is done on this device: marked by hand, its document marked done (a lesson,
 * a video watched to the end), or derived: every lesson of a course done, every required
 * item of a checklist ticked.
 */
export function stepDone(
  flow: string,
  step: Step,
  device: DeviceState,
  catalog: FlowCatalog,
): StepDone {
  const done = new Set(device.completed)
  if (done.has(stepKey(flow, step.key))) return 'marked'
  const ref = step.content
  if (!ref) return null
  if (done.has(contentKey(ref.collection, ref.slug))) return 'marked'
  if (ref.collection === 'courses') {
    const lessons = catalog.courses[ref.slug] ?? []
    if (lessons.length > 0 && lessons.every((lesson) => done.has(contentKey('lessons', lesson))))
      return 'derived'
  }
  if (ref.collection === 'checklists') {
    const ticked = new Set(device.checked[ref.slug] ?? [])
    const required = catalog.checklists[ref.slug] ?? []
    if (required.length > 0 && required.every((item) => ticked.has(item))) return 'derived'
  }
  return null
}

/** The ref to store when the citizen marks a step done in the plan: its document, or the step itself. */
export function markRef(flow: string, step: Step): string {
  const ref = step.content
  return ref && ref.collection !== 'checklists'
    ? contentKey(ref.collection, ref.slug)
    : stepKey(flow, step.key)
}

/** The engine's view of one flow on this device, and the options that decide `checklistDone`. */
export function toFlowState(
  flow: Flow,
  device: DeviceState,
  catalog: FlowCatalog,
): { state: FlowState; options: PlanOptions } {
  const checked: Record<string, string[]> = {}
  for (const step of flow.steps) {
    if (step.content?.collection === 'checklists')
      checked[step.key] = device.checked[step.content.slug] ?? []
  }
  return {
    state: {
      answers: device.answers[flow.slug] ?? {},
      completed: flow.steps
        .filter((step) => stepDone(flow.slug, step, device, catalog) !== null)
        .map((step) => step.key),
      checked,
      subject: device.subject,
    },
    options: { checklists: catalog.checklists },
  }
}
