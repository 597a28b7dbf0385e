import path from 'node:path'
import type { FormState } from 'payload'
import { describe, expect, test } from 'vitest'
import type { Condition } from '../../content-models/index.ts'
import { readSampleContent } from '../../sample-content/index.ts'
import { fillFlowKeys, keyFromTitle } from '../../cms/collections/Flows/flowKeys.ts'
import {
  addAt,
  groupCondition,
  leafCondition,
  nodeOf,
  renameInCondition,
  replaceAt,
} from '../../cms/admin/flows/conditionTree.ts'
import { keyUpdates } from '../../cms/admin/flows/keyAutofill.ts'

const content = readSampleContent(path.resolve(import.meta.dirname, '..', '..', 'content'))

/** The condition as the builder sees it, written back: groups and rules only. */
function throughBuilder(condition: Condition): Condition {
  const node = nodeOf(condition)
  if ('group' in node) return groupCondition(node.group, node.children.map(throughBuilder))
  if ('leaf' in node) return leafCondition(node.leaf)
  throw new Error(`the builder cannot show ${JSON.stringify(condition)}`)
}

describe('the condition builder reads every stored rule', () => {
  const conditions = content.flows.flatMap((flow) => [
    ...flow.steps.flatMap((step) =>
      step.showWhen ? [[`${flow.slug}/${step.key}`, step.showWhen] as const] : [],
    ),
    ...(flow.fallback?.when ? [[`${flow.slug}/fallback`, flow.fallback.when] as const] : []),
  ])

  test('the sample flows have rules of every kind to read', () => {
    const kinds = JSON.stringify(conditions)
    for (const kind of [
      '"all"',
      '"any"',
      '"not"',
      '"is"',
      '"in"',
      '"completed"',
      '"checklistDone"',
    ])
      expect(kinds).toContain(kind)
  })

  test.each(conditions)(
    '%s: shown as groups and rules, and written back unchanged',
    (_, condition) => {
      expect(throughBuilder(condition)).toEqual(condition)
    },
  )

  test('"ikke" on a rule and on a group reads as the negated comparison or group mode', () => {
    expect(nodeOf({ not: { answer: 'cv', is: 'no' } })).toEqual({
      leaf: { kind: 'answer', question: 'cv', op: 'isNot', values: ['no'] },
    })
    expect(nodeOf({ not: { any: [{ completed: 'a' }] } })).toMatchObject({ group: 'none' })
    expect(nodeOf({ not: { completed: 'a' } })).toEqual({
      leaf: { kind: 'completed', step: 'a', negate: true },
    })
    const notIn: Condition = { not: { answer: 'ledig', in: ['kort', 'lang'] } }
    expect(nodeOf(notIn)).toEqual({
      leaf: { kind: 'answer', question: 'ledig', op: 'notIn', values: ['kort', 'lang'] },
    })
    expect(throughBuilder(notIn)).toEqual(notIn)
  })
})

describe('editing a condition', () => {
  const a: Condition = { answer: 'cv', is: 'no' }
  const b: Condition = { completed: 'velkommen' }

  test('a second rule turns a single rule into an "og" group; removing rules empties it to "always"', () => {
    const two = addAt(a, [], b)
    expect(two).toEqual({ all: [a, b] })
    const one = replaceAt(two, [1], null)
    expect(one).toEqual({ all: [a] })
    expect(replaceAt(one!, [0], null)).toBeNull()
  })

  test('renaming a key moves every rule that names it, and nothing else', () => {
    const condition: Condition = {
      any: [{ answer: 'cv', in: ['no', 'maybe'] }, { not: { completed: 'cv' } }],
    }
    expect(renameInCondition(condition, { kind: 'question', from: 'cv', to: 'har-cv' })).toEqual({
      any: [{ answer: 'har-cv', in: ['no', 'maybe'] }, { not: { completed: 'cv' } }],
    })
    expect(
      renameInCondition(condition, { kind: 'option', question: 'cv', from: 'maybe', to: 'maaske' }),
    ).toEqual({
      any: [{ answer: 'cv', in: ['no', 'maaske'] }, { not: { completed: 'cv' } }],
    })
    expect(renameInCondition(condition, { kind: 'step', from: 'cv', to: 'skriv-cv' })).toEqual({
      any: [{ answer: 'cv', in: ['no', 'maybe'] }, { not: { completed: 'skriv-cv' } }],
    })
  })
})

describe('keys made from titles', () => {
  test('a key is the title as a slug, unique, at most 64 characters, never empty', () => {
    expect(keyFromTitle('Har du en a-kasse?', new Set(), 'spoergsmaal')).toBe('har-du-en-a-kasse')
    expect(keyFromTitle('Æbler og ål', new Set(['aebler-og-aal']), 'svar')).toBe('aebler-og-aal-2')
    expect(keyFromTitle('???', new Set(), 'trin')).toBe('trin')
    expect(keyFromTitle('x'.repeat(200), new Set(), 'trin')).toMatch(/^x{1,64}$/)
  })

  test('on save, missing keys are made from titles and existing keys are kept', () => {
    const filled = fillFlowKeys({
      questions: [
        { prompt: 'Har du et CV?', type: 'yesno' },
        {
          key: 'ledig',
          prompt: 'Hvor længe har du været ledig? (omformuleret)',
          options: [{ label: 'Kort' }, { value: 'lang', label: 'Længe' }, { label: 'Kort' }],
        },
      ],
      steps: [{ title: 'Dit CV' }, { title: 'Dit CV' }, { key: 'kontakt', title: 'Tal med os' }],
    })
    expect(filled.questions.map((q) => q.key)).toEqual(['har-du-et-cv', 'ledig'])
    expect(filled.questions[1]!.options!.map((o) => o.value)).toEqual(['kort', 'lang', 'kort-2'])
    expect(filled.steps.map((s) => s.key)).toEqual(['dit-cv', 'dit-cv-2', 'kontakt'])
  })
})

describe('keys of new rows follow their titles while the editor types', () => {
  /** A form with one new question (never saved), one saved step, and a rule naming the question. */
  const form = (prompt: string, key: string, savedKey?: string): FormState => ({
    questions: { value: 1, rows: [{ id: 'q1' }] },
    'questions.0.id': { value: 'q1' },
    'questions.0.key': { value: key, initialValue: savedKey },
    'questions.0.prompt': { value: prompt },
    'questions.0.options': { value: 0, rows: [] },
    steps: { value: 1, rows: [{ id: 's1' }] },
    'steps.0.id': { value: 's1' },
    'steps.0.key': { value: 'gammelt-navn', initialValue: 'gammelt-navn' },
    'steps.0.title': { value: 'Et nyt navn til et gemt trin' },
    'steps.0.showWhen': { value: { answer: key, is: 'yes' } },
    variants: { value: 0, rows: [] },
  })

  test('a new question gets a key from its title, and the rule naming it follows each change', () => {
    const auto = new Map<string, string>()
    expect(keyUpdates(form('Har du', ''), auto)).toEqual([
      { path: 'questions.0.key', value: 'har-du' },
    ])
    const updates = keyUpdates(form('Har du et CV?', 'har-du'), auto)
    expect(updates).toEqual([
      { path: 'questions.0.key', value: 'har-du-et-cv' },
      { path: 'steps.0.showWhen', value: { answer: 'har-du-et-cv', is: 'yes' } },
    ])
  })

  test('a saved key never changes with its title, and a key the editor typed is kept', () => {
    const auto = new Map<string, string>()
    expect(keyUpdates(form('Har du et CV?', ''), auto).map((u) => u.path)).toEqual([
      'questions.0.key',
    ])
    // The step was saved as "gammelt-navn" and has a new title: nothing changes.
    expect(keyUpdates(form('Har du et CV?', 'har-du-et-cv'), auto)).toEqual([])
    // Once the question is saved, rewording it changes nothing either.
    expect(keyUpdates(form('Har du et godt CV?', 'har-du-et-cv', 'har-du-et-cv'), auto)).toEqual([])
    // The editor typed their own key under "Avanceret": it stays.
    expect(keyUpdates(form('Har du et godt CV?', 'cv'), auto)).toEqual([])
  })
})
