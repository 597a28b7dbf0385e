import path from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Condition, Flow } from '../../content-models/index.ts'
import { readSampleContent } from '../../sample-content/index.ts'
import { validateFlow, type FlowCatalog, type FlowProblem } from '../../flows/index.ts'

const content = readSampleContent(path.resolve(import.meta.dirname, '..', '..', 'content'))
const catalog: FlowCatalog = {
  lessons: content.lessons.map((doc) => doc.slug),
  courses: content.courses.map((doc) => doc.slug),
  videos: content.videos.map((doc) => doc.slug),
  checklists: content.checklists.map((doc) => doc.slug),
  faqs: content.faqs.map((doc) => doc.slug),
  flows: content.flows.map((flow) => ({
    slug: flow.slug,
    fallback: flow.fallback ? { flow: flow.fallback.flow } : null,
  })),
}

const contentStep = (flow: Flow) => flow.steps.findIndex((step) => step.kind === 'content')
const withCondition = (flow: Flow, index: number, showWhen: Condition): Flow => ({
  ...flow,
  steps: flow.steps.map((step, at) => (at === index ? { ...step, showWhen } : step)),
})
const singleQuestion = (flow: Flow) =>
  flow.questions.find((question) => question.type === 'single' && question.options.length >= 2)

/** One way to break any sample flow per fault class, and the problem code it must cause. */
const faults: Record<string, (flow: Flow) => Flow> = {
  'duplicate-question-key': (flow) => ({
    ...flow,
    questions: [...flow.questions, flow.questions[0]!],
  }),
  'duplicate-option-value': (flow) => {
    const question = singleQuestion(flow)!
    const questions = flow.questions.map((found) =>
      found === question ? { ...found, options: [...found.options, found.options[0]!] } : found,
    )
    return { ...flow, questions }
  },
  'too-few-options': (flow) => {
    const question = singleQuestion(flow)!
    const questions = flow.questions.map((found) =>
      found === question ? { ...found, options: found.options.slice(0, 1) } : found,
    )
    return { ...flow, questions }
  },
  'content-missing': (flow) => {
    const index = contentStep(flow)
    return {
      ...flow,
      steps: flow.steps.map((step, at) => (at === index ? { ...step, content: null } : step)),
    }
  },
  'step-never-shown': (flow) => ({
    ...flow,
    variants: [{ key: 'a', share: 100, moveFirst: [], hide: [flow.steps[contentStep(flow)]!.key] }],
  }),
  'duplicate-variant-key': (flow) => ({
    ...flow,
    variants: [
      { key: 'a', share: 50, moveFirst: [], hide: [] },
      { key: 'a', share: 50, moveFirst: [], hide: [] },
    ],
  }),
  'contact-step-conditional': (flow) => {
    const contact = flow.steps.findIndex((step) => step.kind === 'contact')
    return withCondition(flow, contact, { completed: flow.steps[contentStep(flow)]!.key })
  },
  'duplicate-step-key': (flow) => ({
    ...flow,
    steps: [...flow.steps, { ...flow.steps[contentStep(flow)]! }],
  }),
  'unknown-question': (flow) =>
    withCondition(flow, contentStep(flow), { answer: 'findes-ikke', is: 'yes' }),
  'unknown-option': (flow) =>
    withCondition(flow, contentStep(flow), {
      answer: singleQuestion(flow)!.key,
      is: 'findes-ikke',
    }),
  'unknown-step': (flow) => withCondition(flow, contentStep(flow), { completed: 'findes-ikke' }),
  'content-not-found': (flow) => {
    const index = contentStep(flow)
    return {
      ...flow,
      steps: flow.steps.map((step, at) =>
        at === index ? { ...step, content: { collection: 'lessons', slug: 'findes-ikke' } } : step,
      ),
    }
  },
  'condition-never-holds': (flow) => {
    const question = singleQuestion(flow)!
    return withCondition(flow, contentStep(flow), {
      all: [
        { answer: question.key, is: question.options[0]!.value },
        { answer: question.key, is: question.options[1]!.value },
      ],
    })
  },
  'step-dependency-cycle': (flow) => {
    const [first, second] = flow.steps.filter((step) => step.kind === 'content')
    const cycled = withCondition(flow, flow.steps.indexOf(first!), { completed: second!.key })
    return withCondition(cycled, flow.steps.indexOf(second!), { completed: first!.key })
  },
  'checklist-done-not-checklist': (flow) => {
    const lesson = flow.steps.find(
      (step) => step.content?.collection !== 'checklists' && step.kind === 'content',
    )!
    return withCondition(flow, contentStep(flow), { checklistDone: lesson.key })
  },
  'variant-shares-not-100': (flow) => ({
    ...flow,
    variants: [
      { key: 'a', share: 60, moveFirst: [], hide: [] },
      { key: 'b', share: 30, moveFirst: [], hide: [] },
    ],
  }),
  'variant-unknown-step': (flow) => ({
    ...flow,
    variants: [{ key: 'a', share: 100, moveFirst: ['findes-ikke'], hide: [] }],
  }),
  'contact-step-hidden': (flow) => ({
    ...flow,
    variants: [
      {
        key: 'a',
        share: 100,
        moveFirst: [],
        hide: [flow.steps.find((step) => step.kind === 'contact')!.key],
      },
    ],
  }),
  'no-contact-step': (flow) => ({
    ...flow,
    steps: flow.steps.filter((step) => step.kind !== 'contact'),
  }),
  'fallback-flow-unknown': (flow) => ({
    ...flow,
    fallback: { when: { completed: flow.steps[0]!.key }, flow: 'findes-ikke', message: null },
  }),
  'fallback-cycle': (flow) => ({
    ...flow,
    fallback: { when: { completed: flow.steps[0]!.key }, flow: flow.slug, message: null },
  }),
}

const codes = (problems: FlowProblem[]) => problems.map((problem) => problem.code)

describe('sample flows', () => {
  test.each(content.flows.map((flow) => [flow.slug, flow] as const))(
    '%s validates clean',
    (_, flow) => {
      expect(validateFlow(flow, catalog)).toEqual([])
    },
  )

  for (const flow of content.flows) {
    for (const [code, breakFlow] of Object.entries(faults)) {
      test(`${flow.slug} broken as ${code} is reported as ${code}, with a message in Danish and English`, () => {
        const problems = validateFlow(breakFlow(structuredClone(flow)), catalog)
        expect(codes(problems)).toContain(code)
        const problem = problems.find((found) => found.code === code)!
        expect(problem.message.da.length).toBeGreaterThan(10)
        expect(problem.message.en.length).toBeGreaterThan(10)
        expect(problem.path).not.toBe('')
      })
    }
  }
})
