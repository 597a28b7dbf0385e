import type { AddedStep, Localized, Step, Variant } from '../content-models/browser.ts'
import type { FlowMessage } from './types.ts'

/** What can be wrong when a municipality's version is laid over its national flow. */
type LocalFlowProblemCode = 'anchor-missing' | 'hidden-step-missing' | 'key-clash'

/** One thing in a municipality's version that no longer fits the national flow. */
export type LocalFlowProblem = {
  code: LocalFlowProblemCode
  /** Where in the local version the fault is, e.g. `addedSteps[0].after` or `hiddenSteps[1]`. */
  path: string
  /** The key at fault: the missing anchor, the missing hidden step, or the clashing key. */
  key: string
  message: FlowMessage
}

/** The part of a municipality's version that changes the steps (see content-models' localFlow). */
export type LocalFlowChanges = {
  addedSteps?: readonly AddedStep[] | null
  hiddenSteps?: readonly string[] | null
}

/** What `applyLocalFlow` needs of a flow: its steps, and its variants when it has any. */
export type StepsOfFlow = { steps: readonly Step[]; variants?: readonly Variant[] | null }

/** A flow with a municipality's changes laid over it, and what did not fit. */
export type LocalFlowResult<F extends StepsOfFlow> = {
  flow: Omit<F, 'steps'> & { steps: Step[] }
  problems: LocalFlowProblem[]
}

const title = (text: Localized<string>) => ({ da: text.da, en: text.en || text.da })

/** The editor's message per problem, Danish first. */
const localFlowMessages = {
  'anchor-missing': (step: Localized<string>, anchor: string) => {
    const name = title(step)
    return {
      da: `Det lokale trin "${name.da}" skal komme efter trinnet "${anchor}", men det nationale forløb har ikke længere et trin med den nøgle. Trinnet vises nu sidst. Vælg det trin, det skal komme efter.`,
      en: `The local step "${name.en}" should come after step "${anchor}", but the national flow no longer has a step with that key. It is shown last for now. Choose the step it should follow.`,
    }
  },
  'hidden-step-missing': (key: string) => ({
    da: `Trinnet "${key}" skal skjules, men det nationale forløb har ikke længere et trin med den nøgle. Fjern det fra listen over skjulte trin.`,
    en: `Step "${key}" is to be hidden, but the national flow no longer has a step with that key. Remove it from the hidden steps.`,
  }),
  'key-clash': (key: string) => ({
    da: `Nøglen "${key}" bruges allerede af et andet trin i forløbet. Giv det lokale trin sin egen nøgle; indtil da vises det ikke.`,
    en: `The key "${key}" is already used by another step of the flow. Give the local step a key of its own; until then it is not shown.`,
  }),
} satisfies Record<LocalFlowProblemCode, (...args: never[]) => FlowMessage>

const withoutAnchor = (added: AddedStep): Step => {
  const step: Step & { after?: string } = { ...added }
  delete step.after
  return step
}

/** Removes hidden keys from a variant's lists, so the result points at no step it lacks. */
const withoutHidden = (variant: Variant, hidden: ReadonlySet<string>): Variant => ({
  ...variant,
  moveFirst: variant.moveFirst.filter((key) => !hidden.has(key)),
  hide: variant.hide.filter((key) => !hidden.has(key)),
})

/**
 * A municipality's version of a national flow: each local step right after its anchor step
 * (several after one anchor keep their order), the hidden national steps removed. A local step
 * whose anchor is gone is placed at the end rather than lost; a hidden key the flow lacks is
 * ignored; a local step whose key clashes with a national (or an earlier local) step is left
 * out. Each of these is listed in `problems`. Pure; the national flow is not changed.
 */
export function applyLocalFlow<F extends StepsOfFlow>(
  flow: F,
  local: LocalFlowChanges | null | undefined,
): LocalFlowResult<F> {
  const problems: LocalFlowProblem[] = []
  const nationalKeys = new Set(flow.steps.map((step) => step.key))
  const usedKeys = new Set(nationalKeys)
  const afterAnchor = new Map<string, Step[]>()
  const atEnd: Step[] = []
  for (const [index, added] of (local?.addedSteps ?? []).entries()) {
    if (usedKeys.has(added.key)) {
      const message = localFlowMessages['key-clash'](added.key)
      problems.push({
        code: 'key-clash',
        path: `addedSteps[${index}].key`,
        key: added.key,
        message,
      })
      continue
    }
    usedKeys.add(added.key)
    if (nationalKeys.has(added.after)) {
      afterAnchor.set(added.after, [...(afterAnchor.get(added.after) ?? []), withoutAnchor(added)])
      continue
    }
    const message = localFlowMessages['anchor-missing'](added.title, added.after)
    problems.push({
      code: 'anchor-missing',
      path: `addedSteps[${index}].after`,
      key: added.after,
      message,
    })
    atEnd.push(withoutAnchor(added))
  }
  const hidden = new Set<string>()
  for (const [index, key] of (local?.hiddenSteps ?? []).entries()) {
    if (nationalKeys.has(key)) hidden.add(key)
    else {
      const message = localFlowMessages['hidden-step-missing'](key)
      problems.push({ code: 'hidden-step-missing', path: `hiddenSteps[${index}]`, key, message })
    }
  }
  const steps = flow.steps.flatMap((step) => [
    ...(hidden.has(step.key) ? [] : [step]),
    ...(afterAnchor.get(step.key) ?? []),
  ])
  const variants = flow.variants?.map((variant) => withoutHidden(variant, hidden))
  return {
    flow: { ...flow, ...(variants ? { variants } : {}), steps: [...steps, ...atEnd] },
    problems,
  }
}
