import type { Condition, Flow, Step } from '../content-models/index.ts'
import { normalizeAnswers } from './answers.ts'
import { isObject, listOf } from './draft.ts'
import { FALSE, TRUE, truthOf, type ConditionFacts } from './evaluateCondition.ts'
import { indexFlow, type FlowIndex } from './flowIndex.ts'
import type { FlowPlan, FlowState, PlannedStep, PlanOptions } from './types.ts'
import { pickVariant } from './variant.ts'

/**
 * Plans a citizen's personalised path through a flow: the visible steps in order with their
 * status, the next step, progress, the variant and a fallback suggestion when it applies.
 * Pure and deterministic; never throws on any state (unknown or outdated answers are ignored).
 * @example
 * // flow: tests/flows/fixtures/valid-flow.json (checked by tests/flows/examples.test.ts)
 * const plan = planFlow(flow, { answers: { 'har-cv': 'no' }, completed: ['velkommen'], subject: 'device-1' })
 * plan.variant // 'pligter-foerst', which moves the duties checklist first
 * plan.steps.map((step) => step.key) // ['pligter', 'velkommen', 'skriv-cv', 'spoergsmaal', 'kontakt']
 * plan.next?.key // 'pligter'
 * plan.progress // { done: 1, total: 5, minutesLeft: 65 }
 * plan.fallback?.flow // 'kort-ledig': welcome done, duties checklist not
 */
export function planFlow(flow: Flow, state?: FlowState | null, options?: PlanOptions): FlowPlan {
  const safe: FlowState = typeof state === 'object' && state !== null ? state : {}
  const index = indexFlow(flow)
  const completed = new Set(stringList(safe.completed))
  const facts = planFacts(index, flow, safe, options)
  const holds = (condition: Condition | null | undefined) =>
    !condition || truthOf(condition, facts) === TRUE
  const subject = typeof safe.subject === 'string' ? safe.subject : ''
  const variant = pickVariant(flow.variants, subject, flow.slug)
  const hidden = new Set(variant ? stringList(variant.hide) : [])

  const visible = new Map<string, Step>()
  for (const [key, step] of index.steps) {
    // The contact step is never hidden: the citizen always keeps the right to a conversation.
    if (hidden.has(key) && step.kind !== 'contact') continue
    if (holds(step.showWhen)) visible.set(key, step)
  }
  const ordered: Step[] = []
  for (const key of variant ? stringList(variant.moveFirst) : []) {
    const step = visible.get(key)
    if (step) ordered.push(step)
    visible.delete(key)
  }
  ordered.push(...visible.values())

  let next: PlannedStep | null = null
  let done = 0
  let minutesLeft = 0
  const steps = ordered.map((step): PlannedStep => {
    if (completed.has(step.key)) {
      done++
      return { key: step.key, status: 'done', step }
    }
    minutesLeft += Number.isFinite(step.minutes) ? step.minutes : 0
    if (next) return { key: step.key, status: 'todo', step }
    next = { key: step.key, status: 'current', step }
    return next
  })

  // A draft's fallback may lack its condition; `holds` would count a missing one as met.
  const fallbackWhen = flow.fallback?.when
  const fallback =
    flow.fallback?.flow && fallbackWhen && holds(fallbackWhen)
      ? { flow: flow.fallback.flow, message: flow.fallback.message ?? null }
      : null
  return {
    flow: flow.slug,
    variant: variant?.key ?? null,
    steps,
    next,
    progress: { done, total: steps.length, minutesLeft },
    fallback,
  }
}

/**
 * What planning knows about a citizen: their valid answers (an unanswered question makes
 * its `answer` parts false), completed steps and ticked checklists. Shared with the reasons
 * (`describe/explainStep.ts`), so a reason never disagrees with the plan.
 */
export function planFacts(
  index: FlowIndex,
  flow: Flow,
  state: FlowState,
  options: PlanOptions | undefined,
): ConditionFacts {
  const completed = new Set(stringList(state.completed))
  return {
    answers: normalizeAnswers(listOf(flow.questions), state.answers),
    unanswered: () => FALSE,
    completed: (key) => (completed.has(key) ? TRUE : FALSE),
    checklistDone: (key) =>
      checklistDone(key, index.steps.get(key), completed, state, options) ? TRUE : FALSE,
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : []
}

/** All required items of the step's checklist ticked; without a definition, the step completed. */
function checklistDone(
  key: string,
  step: Step | undefined,
  completed: ReadonlySet<string>,
  state: FlowState,
  options: PlanOptions | undefined,
): boolean {
  if (!step || step.content?.collection !== 'checklists') return false
  const definitions = options?.checklists
  const slug = step.content.slug
  if (!definitions || !Object.hasOwn(definitions, slug)) return completed.has(key)
  const checked = state.checked
  const ticked = new Set(
    isObject(checked) && Object.hasOwn(checked, key) ? stringList(checked[key]) : [],
  )
  return stringList(definitions[slug]).every((item) => ticked.has(item))
}
