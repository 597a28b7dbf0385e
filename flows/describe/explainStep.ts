import type { Condition, Flow, Locale, Step } from '../../content-models/index.ts'
import { FALSE, OPEN, TRUE, truthOf, type ConditionFacts } from '../evaluateCondition.ts'
import { planFacts } from '../planFlow.ts'
import { isObject } from '../draft.ts'
import type { FlowState, PlanOptions } from '../types.ts'
import { namesFor, type Names } from './names.ts'
import {
  glue,
  joinList,
  toSentence,
  type ConditionSentence,
  type SentencePart,
} from './sentence.ts'
import { words } from './words.ts'

/** One thing about the citizen that decided whether a step shows. */
export type ReasonFact =
  /** The citizen gave these answers (for a multi-choice question: chose these options). */
  | { kind: 'answered'; question: string; values: string[] }
  /** The citizen did not choose any of these options of a multi-choice question. */
  | { kind: 'not-chosen'; question: string; values: string[] }
  /** The citizen has not answered the question (yet). */
  | { kind: 'unanswered'; question: string }
  | { kind: 'completed' | 'not-completed' | 'checklist-done' | 'checklist-not-done'; step: string }

/** Why a step is or is not in a citizen's plan, as data and as a sentence. */
export type StepReason = {
  /** Whether the step's condition holds (a variant may still hide the step). */
  shown: boolean
  /** The step has no condition: everyone gets it. */
  everyone: boolean
  /** What decided it: only the parts of the condition that made it come out as it did. */
  facts: ReasonFact[]
  /** The question keys the reason names, in order: where "Ret dine svar" should lead. */
  questions: string[]
  sentence: ConditionSentence
}

/**
 * Why a step is in the citizen's plan (or not), from its condition and the citizen's own
 * state, with the same truth as `planFlow`: "Du ser dette trin, fordi du svarede «Nej» til
 * «Har du et CV på Jobnet, som er klar?»." Names only what decided the outcome: in an "eller"
 * that holds, the parts that hold; in an "og" that fails, the parts that fail; never an
 * answer the citizen did not give. An unconditional step reads "Alle får dette trin."
 */
export function explainStep(
  step: Step,
  flow: Flow,
  state: FlowState | null | undefined,
  locale: Locale,
  options?: PlanOptions,
): StepReason {
  const names = namesFor(flow, locale)
  if (step.showWhen === null || step.showWhen === undefined) {
    const sentence = toSentence([glue(words.everyone, locale)])
    return { shown: true, everyone: true, facts: [], questions: [], sentence }
  }
  const safe: FlowState = typeof state === 'object' && state !== null ? state : {}
  const planned = planFacts(names.index, flow, safe, options)
  // The same facts, but a question not answered is open: a part decided without it is preferred.
  const open: ConditionFacts = {
    ...planned,
    unanswered: (key) => (names.index.questions.has(key) ? OPEN : FALSE),
  }
  const shown = truthOf(step.showWhen, planned) === TRUE
  const facts = merge(decisive(step.showWhen, shown, planned, open, names))
  const questions = [
    ...new Set(facts.flatMap((fact) => ('question' in fact ? [fact.question] : []))),
  ]
  return {
    shown,
    everyone: false,
    facts,
    questions,
    sentence: sentenceOf(shown, facts, names, locale),
  }
}

/** The facts that make `condition` come out as `want`. */
function decisive(
  condition: Condition,
  want: boolean,
  planned: ConditionFacts,
  open: ConditionFacts,
  names: Names,
): ReasonFact[] {
  if (!isObject(condition)) return []
  if ('all' in condition || 'any' in condition) {
    const isAll = 'all' in condition
    const parts: unknown = isAll ? condition.all : condition.any
    if (!Array.isArray(parts)) return []
    const list = parts as Condition[]
    // One failing part fails an "og"; one holding part makes an "eller" hold.
    if (want !== isAll) {
      const wanted = want ? TRUE : FALSE
      const candidates = list.filter((part) => truthOf(part, planned) === wanted)
      const settled = candidates.filter((part) => truthOf(part, open) === wanted)
      return (settled.length > 0 ? settled : candidates).flatMap((part) =>
        decisive(part, want, planned, open, names),
      )
    }
    return list.flatMap((part) => decisive(part, want, planned, open, names))
  }
  if ('not' in condition) return decisive(condition.not, !want, planned, open, names)
  if ('answer' in condition) {
    const question = names.index.questions.get(condition.answer)
    if (!question) return []
    const chosen = planned.answers.get(question.key)
    if (!chosen) return [{ kind: 'unanswered', question: question.key }]
    const named: unknown = 'is' in condition ? [condition.is] : condition.in
    const values = Array.isArray(named) ? named.map(String) : []
    if (question.type !== 'multi')
      return [{ kind: 'answered', question: question.key, values: [...chosen] }]
    return want
      ? [
          {
            kind: 'answered',
            question: question.key,
            values: values.filter((value) => chosen.has(value)),
          },
        ]
      : [{ kind: 'not-chosen', question: question.key, values }]
  }
  if ('completed' in condition)
    return [{ kind: want ? 'completed' : 'not-completed', step: condition.completed }]
  if ('checklistDone' in condition)
    return [{ kind: want ? 'checklist-done' : 'checklist-not-done', step: condition.checklistDone }]
  return []
}

/** One fact per kind and question or step, with their values together, in first-named order. */
function merge(facts: ReasonFact[]): ReasonFact[] {
  const merged = new Map<string, ReasonFact>()
  for (const fact of facts) {
    const id = `${fact.kind}:${'question' in fact ? fact.question : fact.step}`
    const known = merged.get(id)
    if (!known)
      merged.set(id, 'values' in fact ? { ...fact, values: [...new Set(fact.values)] } : fact)
    else if ('values' in known && 'values' in fact)
      known.values = [...new Set([...known.values, ...fact.values])]
  }
  return [...merged.values()]
}

function sentenceOf(
  shown: boolean,
  facts: ReasonFact[],
  names: Names,
  locale: Locale,
): ConditionSentence {
  if (facts.length === 0)
    return toSentence([glue(shown ? words.shownByRules : words.hiddenByRules, locale)])
  const say = (key: keyof typeof words) => glue(words[key], locale)
  const phrases = facts.map((fact): SentencePart[] => {
    if (fact.kind === 'answered' || fact.kind === 'not-chosen') {
      const question = names.index.questions.get(fact.question)!
      const options = fact.values.map((value) => [names.option(question, value)])
      const multi = question.type === 'multi'
      const list = joinList(options, say(fact.kind === 'answered' ? 'and' : 'or'), say('listComma'))
      if (fact.kind === 'not-chosen')
        return [say('notChose'), ...list, say('choseUnder'), names.question(fact.question)]
      if (multi) return [say('chose'), ...list, say('choseUnder'), names.question(fact.question)]
      return [say('answered'), ...list, say('answeredTo'), names.question(fact.question)]
    }
    if (fact.kind === 'unanswered') return [say('unanswered'), names.question(fact.question)]
    const step = names.step(fact.step)
    if (fact.kind === 'completed') return [say('didStep'), step]
    if (fact.kind === 'not-completed') return [say('notDidStep'), step]
    const lead = fact.kind === 'checklist-done' ? 'didChecklist' : 'notDidChecklist'
    return [say(lead), step, say('didChecklistAfter')]
  })
  const body = joinList(phrases, say('and'), say('listComma'))
  // A title that ends the sentence with its own mark ("…på Jobnet?") needs no full stop after it.
  const closed = /[.?!]$/.test(body.at(-1)?.text ?? '')
  return toSentence([
    say(shown ? 'shownBecause' : 'hiddenBecause'),
    ...body,
    ...(closed ? [] : [say('end')]),
  ])
}
