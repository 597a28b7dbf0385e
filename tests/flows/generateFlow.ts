import type {
  Condition,
  ContentCollection,
  Flow,
  Question,
  Step,
} from '../../content-models/index.ts'
import type { FlowCatalog, FlowState } from '../../flows/index.ts'

/** A small seeded random source (mulberry32), so generated flows are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296
  }
}

const collections: ContentCollection[] = ['lessons', 'courses', 'videos', 'checklists', 'faqs']
const text = (da: string) => ({ da, en: da })

/**
 * A valid flow of the given size with varied conditions (answers, all, any, not, completed,
 * checklistDone), two variants, a fallback and a contact step last; plus the catalog it
 * validates against. Only steps without conditions are waited for, so every step can show.
 */
export function generateFlow(options: {
  steps: number
  questions: number
  seed?: number
  /** Every question of this type (else yes/no, single and multi in turn). */
  questionType?: Question['type']
  /** Options per single/multi question (else 2 to 5 at random). */
  optionCount?: number
}): {
  flow: Flow
  catalog: FlowCatalog
} {
  const random = seededRandom(options.seed ?? 1)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const questions: Question[] = Array.from({ length: Math.max(1, options.questions) }, (_, at) => {
    const type = options.questionType ?? (['yesno', 'single', 'multi'] as const)[at % 3]!
    const drawn = type === 'yesno' ? 0 : 2 + Math.floor(random() * 4)
    const count = type === 'yesno' ? 0 : (options.optionCount ?? drawn)
    const values = Array.from({ length: count }, (_, option) => ({
      value: `o${option}`,
      label: text(`Svar ${option}`),
    }))
    return { key: `q${at}`, type, prompt: text(`Spørgsmål ${at}?`), help: null, options: values }
  })
  const valuesOf = (question: Question) =>
    question.type === 'yesno' ? ['yes', 'no'] : question.options.map((option) => option.value)
  const answerAtom = (question = pick(questions)): Condition => ({
    answer: question.key,
    is: pick(valuesOf(question)),
  })

  const steps: Step[] = []
  const free: Step[] = []
  for (let at = 0; at < Math.max(1, options.steps - 1); at++) {
    const collection = pick(collections)
    const step: Step = {
      key: `s${at}`,
      title: text(`Trin ${at}`),
      summary: null,
      kind: 'content',
      content: { collection, slug: `${collection}-${at}` },
      showWhen: at === 0 ? null : condition(),
      required: random() < 0.8,
      minutes: 1 + Math.floor(random() * 30),
    }
    steps.push(step)
    if (!step.showWhen) free.push(step)
  }
  steps.push({
    key: 'kontakt',
    title: text('Kontakt'),
    summary: null,
    kind: 'contact',
    content: null,
    showWhen: null,
    required: false,
    minutes: 15,
  })

  function condition(): Condition | null {
    const roll = random()
    if (roll < 0.25) return null
    if (roll < 0.45) return answerAtom()
    if (roll < 0.55) {
      const question = pick(questions)
      const values = valuesOf(question)
      return { answer: question.key, in: values.slice(0, Math.max(1, values.length - 1)) }
    }
    if (roll < 0.7) {
      const [first, second] = [pick(questions), pick(questions)]
      return first === second ? answerAtom(first) : { all: [answerAtom(first), answerAtom(second)] }
    }
    if (roll < 0.8) return { any: [answerAtom(), answerAtom()] }
    if (roll < 0.87) return { not: answerAtom() }
    const waitFor = pick(free)
    if (roll < 0.94 || waitFor.content?.collection !== 'checklists') {
      return { all: [{ completed: waitFor.key }, answerAtom()] }
    }
    return { checklistDone: waitFor.key }
  }

  const hidable = steps.filter((step) => step.kind === 'content' && step.key !== 's0')
  const firstChecklist = free.find((step) => step.content?.collection === 'checklists')
  const flow: Flow = {
    slug: `genereret-${options.seed ?? 1}`,
    title: text('Genereret flow'),
    summary: text('Til test og måling.'),
    audiences: [],
    questions,
    steps,
    variants: [
      { key: 'a', share: 50, moveFirst: steps.slice(-4, -1).map((step) => step.key), hide: [] },
      { key: 'b', share: 50, moveFirst: [], hide: hidable.slice(0, 1).map((step) => step.key) },
    ],
    fallback: {
      when: firstChecklist ? { not: { checklistDone: firstChecklist.key } } : answerAtom(),
      flow: 'andet-flow',
      message: text('Prøv et andet forløb.'),
    },
  }
  const catalog: FlowCatalog = { flows: [{ slug: 'andet-flow', fallback: null }] }
  for (const collection of collections) {
    catalog[collection] = new Set(
      steps.flatMap((step) => (step.content?.collection === collection ? [step.content.slug] : [])),
    )
  }
  return { flow, catalog }
}

/** A citizen's state for a flow: every question answered, some steps completed, some items ticked. */
export function generateState(flow: Flow, seed = 1): FlowState {
  const random = seededRandom(seed)
  const answers: Record<string, string | string[]> = {}
  for (const question of flow.questions) {
    const values =
      question.type === 'yesno' ? ['yes', 'no'] : question.options.map((option) => option.value)
    answers[question.key] =
      question.type === 'multi'
        ? values.filter(() => random() < 0.4)
        : values[Math.floor(random() * values.length)]!
  }
  const completed = flow.steps.filter(() => random() < 0.3).map((step) => step.key)
  return { answers, completed, checked: {}, subject: `device-${seed}` }
}
