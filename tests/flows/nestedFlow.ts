import { fc } from '@fast-check/vitest'
import type { Condition, Flow, Question, Step } from '../../content-models/index.ts'

const text = (da: string) => ({ da, en: `${da} (en)` })

/** Three questions, one of each type; the multi-choice one has three options. */
const nestedQuestions: Question[] = [
  { key: 'ja-nej', type: 'yesno', prompt: text('Ja eller nej?'), help: null, options: [] },
  {
    key: 'en',
    type: 'single',
    prompt: text('Vælg én'),
    help: null,
    options: ['a', 'b', 'c'].map((value) => ({ value, label: text(`Svar ${value}`) })),
  },
  {
    key: 'flere',
    type: 'multi',
    prompt: text('Vælg flere'),
    help: null,
    options: ['x', 'y', 'z'].map((value) => ({ value, label: text(`Mulighed ${value}`) })),
  },
]

const stepKeys = ['t0', 't1', 't2', 't3', 't4', 't5']

const atom: fc.Arbitrary<Condition> = fc.oneof(
  fc.constantFrom<Condition>(
    { answer: 'ja-nej', is: 'yes' },
    { answer: 'ja-nej', is: 'no' },
    { answer: 'en', is: 'a' },
    { answer: 'en', in: ['b', 'c'] },
    { answer: 'flere', is: 'x' },
    { answer: 'flere', in: ['y', 'z'] },
    { answer: 'flere', is: 'z' },
    // References the flow does not have: never true, as in planning.
    { answer: 'findes-ikke', is: 'yes' },
    { answer: 'en', is: 'slettet' },
  ),
  fc.constantFrom(...stepKeys).map((key): Condition => ({ completed: key })),
  fc.constantFrom('t0', 't1').map((key): Condition => ({ checklistDone: key })),
)

/** Conditions up to three levels deep, with every operator. */
const nestedCondition: fc.Arbitrary<Condition> = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie('condition').map((not) => ({ not })),
  ),
})).condition

/** A flow over `nestedQuestions` whose steps and fallback have nested conditions (or none). */
export const nestedFlow: fc.Arbitrary<Flow> = fc
  .record({
    conditions: fc.array(fc.option(nestedCondition, { nil: null }), {
      minLength: stepKeys.length,
      maxLength: stepKeys.length,
    }),
    fallback: fc.option(nestedCondition, { nil: null }),
  })
  .map(({ conditions, fallback }) => {
    const steps: Step[] = stepKeys.map((key, at) => ({
      key,
      title: text(`Trin ${at}`),
      summary: null,
      kind: 'content',
      content: { collection: at < 2 ? 'checklists' : 'lessons', slug: `indhold-${at}` },
      showWhen: conditions[at] ?? null,
      required: true,
      minutes: at + 1,
    }))
    steps.push({
      key: 'kontakt',
      title: text('Kontakt'),
      summary: null,
      kind: 'contact',
      content: null,
      showWhen: null,
      required: false,
      minutes: 5,
    })
    return {
      slug: 'indlejret',
      title: text('Indlejret'),
      summary: text('Til test.'),
      audiences: [],
      questions: nestedQuestions,
      steps,
      variants: [{ key: 'v', share: 100, moveFirst: ['t3', 't1'], hide: ['t2'] }],
      fallback: fallback ? { when: fallback, flow: 'andet', message: null } : null,
    } satisfies Flow
  })
