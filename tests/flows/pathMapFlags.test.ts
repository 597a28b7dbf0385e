import path from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Condition, Flow, Step } from '../../content-models/index.ts'
import { readSampleContent } from '../../sample-content/index.ts'
import { mapPaths } from '../../flows/pathMap/index.ts'
import { validFlow } from './fixtures.ts'
import { tooManyCombinations } from './tooManyCombinations.ts'

const content = readSampleContent(path.resolve(import.meta.dirname, '..', '..', 'content'))
const text = (da: string, en: string) => ({ da, en })

const step = (key: string, title: string, showWhen: Condition | null = null): Step => ({
  key,
  title: text(title, `${title} (en)`),
  summary: null,
  kind: 'content',
  content: { collection: 'lessons', slug: key },
  showWhen,
  required: true,
  minutes: 5,
})
const contact: Step = {
  key: 'kontakt',
  title: text('Tal med os', 'Talk to us'),
  summary: null,
  kind: 'contact',
  content: null,
  showWhen: null,
  required: false,
  minutes: 10,
}

/** A sound little flow: both questions matter, every step shows for someone, the fallback is reachable. */
const sound: Flow = {
  slug: 'lille',
  title: text('Lille', 'Small'),
  summary: text('Til test.', 'For tests.'),
  audiences: [],
  questions: [
    {
      key: 'har-cv',
      type: 'yesno',
      prompt: text('Har du et CV?', 'Do you have a CV?'),
      help: null,
      options: [],
    },
    {
      key: 'tid',
      type: 'single',
      prompt: text('Hvor længe?', 'How long?'),
      help: null,
      options: [
        { value: 'kort', label: text('Kort', 'Short') },
        { value: 'lang', label: text('Længe', 'Long') },
      ],
    },
  ],
  steps: [
    step('velkommen', 'Velkommen'),
    step('skriv-cv', 'Skriv dit CV', { answer: 'har-cv', is: 'no' }),
    step('bredt', 'Søg bredt', { answer: 'tid', is: 'lang' }),
    step('senere', 'Næste skridt', { completed: 'velkommen' }),
    contact,
  ],
  variants: [],
  fallback: { when: { answer: 'tid', is: 'lang' }, flow: 'andet', message: null },
}

const codes = (flow: Flow) => mapPaths(flow).flags.map((flag) => flag.code)

describe('path map flags', () => {
  test.each([
    ...content.flows.map((flow) => [flow.slug, flow] as const),
    ['lille', sound] as const,
    ['fixture', validFlow] as const,
  ])('none for the sound flow %s', (_, flow) => {
    expect(mapPaths(flow).flags).toEqual([])
  })

  test('a step no combination shows (but not a step that waits for progress)', () => {
    const flow: Flow = {
      ...sound,
      steps: [
        ...sound.steps.slice(0, 4),
        step('aldrig', 'Aldrig vist', {
          all: [
            { answer: 'har-cv', is: 'yes' },
            { answer: 'har-cv', is: 'no' },
          ],
        }),
        contact,
      ],
    }
    const flags = mapPaths(flow).flags
    expect(flags).toEqual([
      {
        code: 'step-never-shown',
        path: 'steps[4]',
        message: {
          da: 'Trinnet «Aldrig vist» kommer ikke med i nogen plan, uanset hvad borgeren svarer.',
          en: 'The step “Aldrig vist (en)” is in no plan, whatever the citizen answers.',
        },
      },
    ])
    expect(mapPaths(flow).steps.find((found) => found.key === 'senere')).toMatchObject({
      combinations: 0,
      dependsOnProgress: true,
    })
  })

  test('a plan with no content step, only the contact step', () => {
    const alone: Condition = { answer: 'har-cv', is: 'no' }
    const flow: Flow = {
      ...sound,
      steps: sound.steps.map((found) =>
        found.key === 'velkommen' ? { ...found, showWhen: alone } : found,
      ),
    }
    const map = mapPaths(flow)
    const empty = map.groups.findIndex((group) => group.withoutContent)
    expect(map.groups[empty]!.steps.map((found) => found.key)).toEqual(['kontakt'])
    expect(map.groups[empty]!.later.map((found) => found.key)).toEqual(['senere'])
    expect(map.groups[empty]!.answers).toEqual({ 'har-cv': 'yes', tid: 'kort' })
    expect(map.flags).toEqual([
      {
        code: 'plan-without-content',
        path: `groups[${empty}]`,
        message: {
          da: 'En plan for 1 svarkombination har intet indhold, kun kontakttrinnet.',
          en: 'A plan for 1 answer combination has no content, only the contact step.',
        },
      },
    ])
  })

  test('an alternative flow no combination reaches (but not one that waits for progress)', () => {
    const never: Flow = {
      ...sound,
      fallback: {
        when: {
          all: [
            { answer: 'tid', is: 'kort' },
            { answer: 'tid', is: 'lang' },
          ],
        },
        flow: 'andet',
        message: null,
      },
    }
    expect(mapPaths(never).flags).toEqual([
      {
        code: 'fallback-unreachable',
        path: 'fallback.when',
        message: {
          da: 'Det alternative forløb «andet» bliver aldrig foreslået: ingen svarkombination opfylder betingelsen.',
          en: 'The alternative flow “andet” is never suggested: no answer combination meets its condition.',
        },
      },
    ])
    const later: Flow = {
      ...sound,
      fallback: { when: { completed: 'velkommen' }, flow: 'andet', message: null },
    }
    expect(codes(later)).toEqual([])
    expect(mapPaths(later).groups.every((group) => group.fallbackWaitsOnProgress)).toBe(true)
  })

  test('a question no rule needs, and a question whose answer changes no plan', () => {
    const flow: Flow = {
      ...sound,
      questions: [
        ...sound.questions,
        {
          key: 'ubrugt',
          type: 'yesno',
          prompt: text('Ubrugt?', 'Unused?'),
          help: null,
          options: [],
        },
        {
          key: 'ligegyldig',
          type: 'yesno',
          prompt: text('Ligegyldig?', 'Irrelevant?'),
          help: null,
          options: [],
        },
      ],
      steps: [
        ...sound.steps.slice(0, 4),
        step('altid', 'Altid', {
          any: [
            { answer: 'ligegyldig', is: 'yes' },
            { answer: 'ligegyldig', is: 'no' },
          ],
        }),
        contact,
      ],
    }
    const map = mapPaths(flow)
    expect(map.flags).toEqual([
      {
        code: 'question-changes-nothing',
        path: 'questions[2]',
        message: {
          da: 'Spørgsmålet «Ubrugt?» bliver aldrig stillet, fordi ingen plan afhænger af svaret.',
          en: 'The question “Unused?” is never asked, because no plan depends on its answer.',
        },
      },
      {
        code: 'question-changes-nothing',
        path: 'questions[3]',
        message: {
          da: 'Svaret på «Ligegyldig?» ændrer ingen plan. Brug det i en regel, eller slet spørgsmålet.',
          en: 'The answer to “Irrelevant?” changes no plan. Use it in a rule, or delete the question.',
        },
      },
    ])
    // Asked of everyone, yet every answer leads to the same plans.
    expect(map.questions.find((question) => question.key === 'ligegyldig')).toMatchObject({
      asked: 8,
      changesPlan: false,
    })
  })

  test('a question that changes the plan only once progress is made is not flagged', () => {
    const flow: Flow = {
      ...sound,
      questions: [
        ...sound.questions,
        {
          key: 'senere',
          type: 'yesno',
          prompt: text('Senere?', 'Later?'),
          help: null,
          options: [],
        },
      ],
      steps: [
        ...sound.steps.slice(0, 4),
        step('efter', 'Efter', {
          all: [{ answer: 'senere', is: 'yes' }, { completed: 'velkommen' }],
        }),
        contact,
      ],
    }
    const map = mapPaths(flow)
    expect(map.flags).toEqual([])
    // Fresh plans are alike; the groups differ by the step that may come later.
    const later = map.groups.filter((group) => group.later.some((found) => found.key === 'efter'))
    expect(later.every((group) => group.answers['senere'] === 'yes')).toBe(true)
  })
})

describe('path map headline and groups', () => {
  test('counts plans and combinations, in Danish and English', () => {
    const map = mapPaths(sound)
    expect(map.headline).toEqual({
      plans: 4,
      combinations: 4,
      message: {
        da: '4 forskellige planer for 4 svarkombinationer',
        en: '4 different plans for 4 answer combinations',
      },
    })
    expect(
      map.groups.map((group) => [
        group.answers,
        group.steps.map((found) => found.key),
        group.minutes,
      ]),
    ).toEqual([
      [{ 'har-cv': 'yes', tid: 'kort' }, ['velkommen', 'kontakt'], 15],
      [{ 'har-cv': 'yes', tid: 'lang' }, ['velkommen', 'bredt', 'kontakt'], 20],
      [{ 'har-cv': 'no', tid: 'kort' }, ['velkommen', 'skriv-cv', 'kontakt'], 20],
      [{ 'har-cv': 'no', tid: 'lang' }, ['velkommen', 'skriv-cv', 'bredt', 'kontakt'], 25],
    ])
    expect(map.groups[0]!.later.map((found) => found.key)).toEqual(['senere'])
    expect(map.groups[1]!.fallback).toEqual({ flow: 'andet', message: null })
  })

  test('groups answers that lead to the same plan and describes them per question', () => {
    const flow: Flow = {
      ...sound,
      steps: sound.steps.filter((found) => found.key !== 'bredt'),
      fallback: null,
    }
    const map = mapPaths(flow)
    expect(map.headline.message.da).toBe('2 forskellige planer for 2 svarkombinationer')
    // "tid" is asked by no rule now: skipped by everyone.
    expect(map.groups[0]!.answerSets).toEqual([
      {
        question: 'har-cv',
        values: ['yes'],
        noneChosen: false,
        everyAnswer: false,
        skipped: false,
        asked: true,
      },
      {
        question: 'tid',
        values: [],
        noneChosen: false,
        everyAnswer: false,
        skipped: true,
        asked: false,
      },
    ])
  })

  test('a multi-choice question gives every subset of its options, the empty one too', () => {
    const dagpenge = content.flows.find((found) => found.slug === 'klart-jobmaal')!
    const map = mapPaths(dagpenge)
    // 3 answers × yes/no × 2^4 subsets.
    expect(map.headline.combinations).toBe(96)
    const none = map.groupOf({
      'hvor-sikker': 'helt-sikker',
      'har-papirer': 'yes',
      'hjaelp-til': [],
    })
    expect(none?.answerSets.find((set) => set.question === 'hjaelp-til')).toMatchObject({
      values: [],
      noneChosen: true,
    })
  })

  test('groupOf answers null for incomplete or unknown answers', () => {
    const map = mapPaths(sound)
    expect(map.groupOf({ 'har-cv': 'yes' })).toBeNull()
    expect(map.groupOf({ 'har-cv': 'maybe', tid: 'kort' })).toBeNull()
    expect(map.groupOf(null)).toBeNull()
    expect(map.groupOf({ 'har-cv': 'yes', tid: 'kort' })).toBe(map.groups[0])
  })

  test('a flow with too many combinations gets a message, not a hang', () => {
    const { questions, steps } = tooManyCombinations(
      (at) => text(`Flere ${at}?`, `Several ${at}?`),
      (key, option, showWhen) => step(key, `Trin ${option}`, showWhen),
    )
    const flow: Flow = { ...sound, questions, steps: [...steps, contact], fallback: null }
    const map = mapPaths(flow)
    expect(map.complete).toBe(false)
    expect(map.limit?.da).toContain('for mange forskellige svarkombinationer')
    expect(map.limit?.en).toContain('too many different answer combinations')
    expect(map.groups).toEqual([])
  })

  test('an unknown variant maps the flow as written', () => {
    const map = mapPaths(validFlow, { variant: 'findes-ikke' })
    expect(map.variant).toBeNull()
    expect(map.headline.combinations).toBeGreaterThan(0)
  })
})
