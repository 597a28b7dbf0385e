import path from 'node:path'
import { fc, test as propertyTest } from '@fast-check/vitest'
import { describe, expect, test } from 'vitest'
import type { Flow, Step } from '../../content-models/index.ts'
import { readSampleContent } from '../../sample-content/index.ts'
import { explainStep, planFlow, type FlowState, type ReasonFact } from '../../flows/index.ts'
import { everyCombination, possibleAnswers } from './answerCombinations.ts'
import { nestedFlow } from './nestedFlow.ts'
import { referenceHolds } from './referenceCondition.ts'

const content = readSampleContent(path.resolve(import.meta.dirname, '..', '..', 'content'))
const sample = (slug: string) => content.flows.find((flow) => flow.slug === slug)!
const stepOf = (flow: Flow, key: string) => flow.steps.find((step) => step.key === key)!

describe('explainStep on the sample flows', () => {
  const shortTerm = sample('kort-tid-ledig')
  const answers = {
    'hvor-laenge': '3-6',
    'soeger-saadan': ['opslag', 'ringer'],
    'til-samtale': 'yes',
    'kender-pligter': 'no',
  }
  const explain = (key: string, locale: 'da' | 'en' = 'da', state: FlowState = { answers }) =>
    explainStep(stepOf(shortTerm, key), shortTerm, state, locale)

  test('a step without a condition is for everyone', () => {
    expect(explain('fire-maader')).toMatchObject({
      shown: true,
      everyone: true,
      facts: [],
      questions: [],
    })
    expect(explain('fire-maader').sentence.text).toBe('Alle får dette trin.')
    expect(explain('fire-maader', 'en').sentence.text).toBe('Everyone gets this step.')
  })

  test('names the answer that made the rule hold, in Danish and English', () => {
    expect(explain('pligter').sentence.text).toBe(
      'Du ser dette trin, fordi du svarede Nej til Kender du dine pligter som ledig, fx jobloggen?',
    )
    expect(explain('pligter', 'en').sentence.text).toBe(
      'You see this step because you answered No to Do you know your duties as a jobseeker, for example the joblog?',
    )
    expect(explain('pligter').questions).toEqual(['kender-pligter'])
  })

  test('in an "eller" that holds, names only the chosen option that made it hold', () => {
    // ansoegning: soeger-saadan in [opslag, uopfordret] OR til-samtale is no. Only "opslag" did it:
    // not "ringer" (chosen, but not named by the rule) and not til-samtale (answered yes).
    const reason = explain('ansoegning')
    expect(reason.facts).toEqual([
      { kind: 'answered', question: 'soeger-saadan', values: ['opslag'] },
    ])
    expect(reason.sentence.text).toBe(
      'Du ser dette trin, fordi du valgte Jeg søger job i opslag under Hvordan søger du job i dag?',
    )
  })

  test('a "not" holds because an option was not chosen; a failing rule says what made it fail', () => {
    expect(explain('uopfordret').facts).toEqual([
      { kind: 'not-chosen', question: 'soeger-saadan', values: ['uopfordret'] },
    ])
    expect(explain('uopfordret', 'en').sentence.text).toBe(
      'You see this step because you did not choose I send unsolicited applications for How do you look for work today?',
    )
    const ring = explain('ring')
    expect(ring.shown).toBe(false)
    expect(ring.sentence.text).toBe(
      'Du ser ikke dette trin, fordi du valgte Jeg ringer til firmaer under Hvordan søger du job i dag?',
    )
  })

  test('an "eller" where both parts hold names both; an "og" that fails names only the failing part', () => {
    expect(explain('netvaerk').facts).toEqual([
      { kind: 'not-chosen', question: 'soeger-saadan', values: ['netvaerk'] },
      { kind: 'answered', question: 'hvor-laenge', values: ['3-6'] },
    ])
    expect(explain('netvaerk').sentence.text).toBe(
      'Du ser dette trin, fordi du ikke valgte Jeg bruger mit netværk eller LinkedIn under Hvordan søger du job i dag? og du svarede Tre til seks måneder til Hvor længe har du været ledig?',
    )
    // soeg-bredere: hvor-laenge is 3-6 (holds) AND til-samtale is no (fails): only the failing part.
    expect(explain('soeg-bredere').facts).toEqual([
      { kind: 'answered', question: 'til-samtale', values: ['yes'] },
    ])
  })

  test('progress reasons name the step and end with a full stop', () => {
    const dagpenge = sample('ny-paa-dagpenge')
    const findJob = stepOf(dagpenge, 'find-job')
    const done = explainStep(findJob, dagpenge, { completed: ['foerste-uge'] }, 'da')
    expect(done.sentence.text).toBe(
      'Du ser dette trin, fordi du har gjort tjeklisten i Din første uge færdig.',
    )
    expect(explainStep(findJob, dagpenge, {}, 'en').sentence.text).toBe(
      'You do not see this step because you have not finished the checklist in Your first week.',
    )
  })

  test('a question the citizen has not answered is named as not answered, never as an answer', () => {
    const reason = explain('pligter', 'da', { answers: {} })
    expect(reason.facts).toEqual([{ kind: 'unanswered', question: 'kender-pligter' }])
    expect(reason.sentence.text).toBe(
      'Du ser ikke dette trin, fordi du ikke har svaret på Kender du dine pligter som ledig, fx jobloggen?',
    )
  })

  test('marks the citizen’s answers and the questions as parts, so the site can link "Ret dine svar"', () => {
    const parts = explain('pligter').sentence.parts
    expect(parts).toContainEqual({
      kind: 'option',
      question: 'kender-pligter',
      option: 'no',
      text: 'Nej',
    })
    expect(parts).toContainEqual({
      kind: 'question',
      question: 'kender-pligter',
      text: 'Kender du dine pligter som ledig, fx jobloggen?',
    })
  })
})

/** The values a citizen gave to a question, as planning reads them. */
function given(flow: Flow, state: FlowState, key: string): string[] | undefined {
  const question = flow.questions.find((found) => found.key === key)
  const raw = (state.answers ?? {})[key]
  if (!question || raw === undefined) return undefined
  const allowed = possibleAnswers(question).flat()
  const values: readonly unknown[] = Array.isArray(raw) ? raw : [raw]
  const list = values.filter(
    (value): value is string => typeof value === 'string' && allowed.includes(value),
  )
  if (question.type !== 'multi' && list.length !== 1) return undefined
  if (question.type === 'multi' && list.length === 0 && Array.isArray(raw) && raw.length > 0)
    return undefined
  return list
}

/**
 * The reason is true to the citizen: shown as planned, "everyone" exactly without a condition,
 * every answer it names was given (and every option it says was not chosen was not), and it
 * is enough: changing any question it does not name, to any answer or none, keeps the outcome.
 */
function expectHonestReason(flow: Flow, step: Step, state: FlowState): void {
  const reason = explainStep(step, flow, state, 'da')
  const holds = !step.showWhen || referenceHolds(step.showWhen, flow, state)
  expect(reason.shown).toBe(holds)
  expect(reason.everyone).toBe(!step.showWhen)
  if (!step.showWhen) expect(reason.facts).toEqual([])
  for (const fact of reason.facts) {
    if (!('question' in fact)) continue
    const values = given(flow, state, fact.question)
    if (fact.kind === 'unanswered') expect(values).toBeUndefined()
    else expect(values).toBeDefined()
    if (fact.kind === 'answered') for (const value of fact.values) expect(values).toContain(value)
    if (fact.kind === 'not-chosen')
      for (const value of fact.values) expect(values).not.toContain(value)
  }
  expect(reason.questions).toEqual([
    ...new Set(
      reason.facts.flatMap((fact: ReasonFact) => ('question' in fact ? [fact.question] : [])),
    ),
  ])
  if (!step.showWhen) return
  const named = new Set(reason.questions)
  for (const question of flow.questions) {
    if (named.has(question.key)) continue
    for (const other of [...possibleAnswers(question), undefined]) {
      const answers = { ...state.answers }
      if (other === undefined) Reflect.deleteProperty(answers, question.key)
      else answers[question.key] = other
      expect(referenceHolds(step.showWhen, flow, { ...state, answers })).toBe(holds)
    }
  }
}

describe('explainStep is true to the citizen', () => {
  test('for every step of every sample flow and every answer combination', () => {
    for (const flow of content.flows) {
      for (const answers of everyCombination({ ...flow, variants: [] })) {
        const plan = planFlow({ ...flow, variants: [] }, { answers })
        const planned = new Set(plan.steps.map((step) => step.key))
        for (const step of flow.steps) {
          expectHonestReason(flow, step, { answers })
          expect(explainStep(step, flow, { answers }, 'en').shown).toBe(planned.has(step.key))
        }
      }
    }
  })

  propertyTest.prop([
    nestedFlow,
    fc.record({
      'ja-nej': fc.constantFrom('yes', 'no', undefined),
      en: fc.constantFrom('a', 'b', 'c', 'slettet', undefined),
      flere: fc.option(fc.subarray(['x', 'y', 'z']), { nil: undefined }),
    }),
    fc.subarray(['t0', 't1', 't2', 't3', 't4', 't5']),
  ])('for generated flows with nested rules, answers and progress', (flow, raw, completed) => {
    const answers: Record<string, string | string[]> = {}
    for (const [key, value] of Object.entries(raw)) if (value !== undefined) answers[key] = value
    for (const step of flow.steps) expectHonestReason(flow, step, { answers, completed })
  })
})
