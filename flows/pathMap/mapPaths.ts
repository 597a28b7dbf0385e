import type { Flow, Question, Step } from '../../content-models/index.ts'
import { normalizeAnswers } from '../answers.ts'
import { isObject, listOf } from '../draft.ts'
import { OPEN, TRUE } from '../evaluateCondition.ts'
import { indexFlow } from '../flowIndex.ts'
import { planFacts } from '../planFlow.ts'
import { answerClasses, TooManyCombinations, type QuestionClasses } from './answerClasses.ts'
import {
  compile,
  freshTruth,
  markUseful,
  screeningTruth,
  type CompileContext,
  type Compiled,
} from './compiledCondition.ts'
import { pathMapMessages } from './pathMapMessages.ts'
import type {
  PathAnswerSet,
  PathGroup,
  PathMap,
  PathMapFlag,
  PathMapOptions,
  PathMapQuestion,
  PathMapStep,
  PathStep,
} from './types.ts'

/** Walk no more than this many screening states; beyond it the map says it is too large. */
const maxStates = 150_000

// A step's state in one plan: hidden, shown, shown now but open to progress, hidden now but
// open to progress, hidden by the variant.
const HIDDEN = 0
const SHOWN = 1
const SHOWN_OPEN = 2
const HIDDEN_OPEN = 3
const VARIANT_HIDDEN = 4
/** A step whose condition is not settled yet on the way down. */
const UNSETTLED = 5
const markKinds = 6

/**
 * The path map ("Forløbskort") of a flow: every combination of screening answers a citizen can
 * give, grouped by the plan a fresh citizen (nothing completed yet) gets, with flags for what
 * an editor should look at. Follows the engine's rules exactly: questions are asked as
 * `nextQuestion` asks them (a question no open rule needs is skipped), and each group's plan
 * is `planFlow`'s for those answers. Combinations: yes/no gives 2 answers, a single-choice
 * question one per option, a multi-choice question every subset of its options (the empty
 * one too: "none of these"). Answers every rule treats alike are walked once and counted
 * by number (8 questions of 4 options and 40 steps: about 0.1–0.2 s of CPU, see
 * tests/bench/pathMap.ts); a flow whose walk exceeds 150,000 screening states gets
 * `complete: false` and a message instead.
 * Two combinations share a group when a fresh citizen gets the same steps in the same order,
 * the same alternative flow, and the same steps that may still come or go with progress
 * (`completed`/`checklistDone` rules), which each group lists as `later` and `waitsOnProgress`.
 * Without `options.variant` the flow is mapped as written; with it, as that variant's
 * citizens see it (an unknown variant key maps the flow as written, with `variant: null`).
 */
export function mapPaths(flow: Flow, options?: PathMapOptions): PathMap {
  const index = indexFlow(flow)
  const questions = [...index.questions.values()]
  const questionAt = new Map(questions.map((question, at) => [question.key, at]))
  const fresh = planFacts(index, flow, {}, options)
  const context: CompileContext = {
    questionAt,
    freshChecklist: (key) => fresh.checklistDone(key),
    atoms: [],
  }
  // Screening looks at every step's rule (duplicates included) and the fallback's, as openQuestions does.
  // A draft may hold anything while the editor types: lists that are not lists count as empty.
  const allSteps = Array.isArray(flow.steps) ? flow.steps : []
  const conditions: Compiled[] = []
  const conditionOfStep = allSteps.map((step) =>
    step.showWhen ? conditions.push(compile(step.showWhen, context)) - 1 : -1,
  )
  const fallbackWhen = flow.fallback?.when
  const fallbackCondition = fallbackWhen ? conditions.push(compile(fallbackWhen, context)) - 1 : -1
  const offersFallback = Boolean(flow.fallback?.flow && fallbackWhen)

  const variant = options?.variant
    ? ((Array.isArray(flow.variants) ? flow.variants : []).find(
        (found) => isObject(found) && found.key === options.variant,
      ) ?? null)
    : null
  const hidden = new Set(Array.isArray(variant?.hide) ? variant.hide : [])
  const moveFirst = Array.isArray(variant?.moveFirst) ? variant.moveFirst : []
  const planSteps = [...index.steps.values()].map((step) => ({
    step,
    condition: conditionOfStep[index.stepPositions.get(step.key)!]!,
    hidden: hidden.has(step.key) && step.kind !== 'contact',
  }))

  let spaces: QuestionClasses[]
  try {
    spaces = questions.map((question, at) =>
      answerClasses(
        question,
        context.atoms.filter((atom) => atom.question === at),
      ),
    )
  } catch (error) {
    if (error instanceof TooManyCombinations) return tooLarge(flow, variant?.key ?? null)
    throw error
  }

  const walk = new Walk(questions, spaces, conditions, planSteps, fallbackCondition, offersFallback)
  let root: number
  try {
    root = walk.start()
  } catch (error) {
    if (error instanceof TooManyCombinations) return tooLarge(flow, variant?.key ?? null)
    throw error
  }

  const describing = groupContext(planSteps, moveFirst, flow, questions, spaces, offersFallback)
  const groups = walk.groups.map((found) => describeGroup(found, describing, walk.offsets))
  const shownIn = planSteps.map(() => 0)
  const openIn = planSteps.map(() => 0)
  let fallbackReached = false
  for (const group of walk.groups) {
    planSteps.forEach((_, at) => {
      const mark = group.marks[at]
      if (mark === SHOWN || mark === SHOWN_OPEN) shownIn[at] = shownIn[at]! + group.combinations
      if (mark === SHOWN_OPEN || mark === HIDDEN_OPEN) openIn[at] = openIn[at]! + group.combinations
    })
    if (group.marks[planSteps.length] !== HIDDEN) fallbackReached = true
  }
  const steps: PathMapStep[] = planSteps.map(({ step }, at) => ({
    ...pathStep(step, false),
    combinations: shownIn[at]!,
    dependsOnProgress: openIn[at]! > 0,
  }))
  const mapQuestions: PathMapQuestion[] = questions.map((question, at) => ({
    key: question.key,
    prompt: question.prompt,
    asked: walk.askedIn[at]!,
    changesPlan: walk.matters[at] === 1,
  }))
  const combinations = groups.reduce((total, group) => total + group.combinations, 0)
  return {
    flow: flow.slug,
    variant: variant?.key ?? null,
    complete: true,
    limit: null,
    headline: {
      plans: groups.length,
      combinations,
      message: pathMapMessages.headline(groups.length, combinations),
    },
    groups,
    steps,
    questions: mapQuestions,
    flags: flagsOf(flow, steps, fallbackReached, groups, mapQuestions, offersFallback),
    groupOf: (answers) => {
      const given = normalizeAnswers(questions, answers)
      let node = root
      while (node >= 0) {
        const decision = walk.decisions[node]!
        const chosen = given.get(questions[decision.question]!.key)
        const answerClass = chosen ? spaces[decision.question]!.classOf(chosen) : -1
        if (answerClass < 0) return null
        node = decision.children[answerClass]!
      }
      return groups[-node - 1] ?? null
    },
  }
}

type PlanStep = { step: Step; condition: number; hidden: boolean }

/**
 * A group while walking: its key (one mark per plan step, then the fallback's), counts, the
 * first combination's answer classes, and one flag table: per question, which answer
 * classes occur (at `offsets[question]`), then per question whether it was skipped.
 */
type RawGroup = {
  marks: Uint8Array
  combinations: number
  classes: number[]
  /** The flag table: a byte per flag while the flow has few answer classes, else a set. */
  dense: Uint8Array | null
  sparse: Set<number> | null
}

const denseUpTo = 512
const hasFlag = (group: RawGroup, at: number) =>
  group.dense ? group.dense[at] === 1 : group.sparse!.has(at)

/**
 * The walk over screening states. Each state is the answer classes given so far; its children
 * answer the question `nextQuestion` would ask. Conditions settled on the way stay settled
 * below (answers only ever settle a condition, never reopen it). Returns a node id of the
 * reduced decision diagram: a leaf is `-(group + 1)`; equal sub-diagrams share one id, so a
 * question whose children are all the same sub-diagram does not matter there.
 */
class Walk {
  readonly groups: RawGroup[] = []
  readonly decisions: { question: number; children: number[] }[] = []
  readonly askedIn: number[]
  readonly matters: Uint8Array
  /** Where each question's answer classes start in a group's flag table; its end marks skipped questions. */
  readonly offsets: number[]
  private readonly questions: readonly Question[]
  private readonly spaces: readonly QuestionClasses[]
  private readonly conditions: readonly Compiled[]
  private readonly planSteps: readonly PlanStep[]
  private readonly fallbackCondition: number
  private readonly offersFallback: boolean
  private readonly classes: Int32Array
  private readonly settled: Uint8Array
  private readonly useful: Uint8Array
  /**
   * The current mark of each plan step (the fallback last), kept up to date as conditions
   * settle on the way down, with an additive hash of them, so a leaf only marks what is open.
   */
  private readonly marks: Uint8Array
  private hash = 0
  private readonly hashOf: Int32Array
  /** Per condition: the mark slots (plan steps, the fallback) it decides. */
  private readonly slotsOf: number[][]
  /** Groups by a hash of their marks; `sameHash` chains groups whose hashes collide. */
  private readonly groupByHash = new Map<number, number>()
  private readonly sameHash: number[] = []
  private readonly decisionByKey = new Map<string, number>()
  /** Per depth: the conditions still open, and those settled at that depth (reused buffers). */
  private readonly openAt: Int32Array[] = []
  private readonly settledAt: Int32Array[] = []
  private readonly tableSize: number
  private states = 0

  constructor(
    questions: readonly Question[],
    spaces: readonly QuestionClasses[],
    conditions: readonly Compiled[],
    planSteps: readonly PlanStep[],
    fallbackCondition: number,
    offersFallback: boolean,
  ) {
    this.questions = questions
    this.spaces = spaces
    this.conditions = conditions
    this.planSteps = planSteps
    this.fallbackCondition = fallbackCondition
    this.offersFallback = offersFallback
    this.classes = new Int32Array(questions.length).fill(-1)
    this.settled = new Uint8Array(conditions.length).fill(OPEN)
    this.useful = new Uint8Array(questions.length)
    const slots = planSteps.length + 1
    this.marks = new Uint8Array(slots)
    this.hashOf = Int32Array.from({ length: slots * markKinds }, (_, at) => mix(at + 1))
    this.slotsOf = conditions.map(() => [])
    planSteps.forEach((planStep, slot) => {
      if (planStep.hidden) this.marks[slot] = VARIANT_HIDDEN
      else if (planStep.condition < 0) this.marks[slot] = SHOWN
      else {
        this.marks[slot] = UNSETTLED
        this.slotsOf[planStep.condition]!.push(slot)
      }
    })
    if (offersFallback) {
      this.marks[planSteps.length] = UNSETTLED
      this.slotsOf[fallbackCondition]!.push(planSteps.length)
    } else this.marks[planSteps.length] = HIDDEN
    this.marks.forEach((mark, slot) => {
      this.hash = (this.hash + this.hashOf[slot * markKinds + mark]!) | 0
    })
    this.askedIn = questions.map(() => 0)
    this.matters = new Uint8Array(questions.length)
    let offset = 0
    this.offsets = spaces.map((space) => {
      const at = offset
      offset += space.classes.length
      return at
    })
    this.offsets.push(offset)
    this.tableSize = offset + questions.length
  }

  /** Walks from the state with no answers; returns the root of the decision diagram. */
  start(): number {
    const all = Int32Array.from(this.conditions, (_, at) => at)
    return this.visit(0, all, all.length, 1)
  }

  private visit(
    depth: number,
    parentOpen: Int32Array,
    parentCount: number,
    weight: number,
  ): number {
    if (++this.states > maxStates) throw new TooManyCombinations()
    const { classes, settled, useful, conditions } = this
    if (!this.openAt[depth]) {
      this.openAt[depth] = new Int32Array(conditions.length)
      this.settledAt[depth] = new Int32Array(conditions.length)
    }
    const open = this.openAt[depth]
    const settledHere = this.settledAt[depth]!
    let openCount = 0
    let settledCount = 0
    for (let at = 0; at < parentCount; at++) {
      const condition = parentOpen[at]!
      const truth = screeningTruth(conditions[condition]!, classes)
      if (truth === OPEN) open[openCount++] = condition
      else {
        settled[condition] = truth
        settledHere[settledCount++] = condition
        this.setMarks(condition, truth === TRUE ? SHOWN : HIDDEN)
      }
    }
    useful.fill(0)
    for (let at = 0; at < openCount; at++) markUseful(conditions[open[at]!]!, classes, useful)
    let next = -1
    for (let question = 0; question < useful.length; question++) {
      // A question without answers cannot be answered: the map passes over it (it stays unanswered).
      if (useful[question] && classes[question]! < 0 && this.spaces[question]!.classes.length > 0) {
        next = question
        break
      }
    }
    let id: number
    if (next < 0) id = this.leaf(open, openCount, weight)
    else {
      const answers = this.spaces[next]!.classes
      const children: number[] = []
      for (let at = 0; at < answers.length; at++) {
        classes[next] = at
        children.push(this.visit(depth + 1, open, openCount, weight * answers[at]!.count))
      }
      classes[next] = -1
      id = this.decide(next, children)
    }
    for (let at = 0; at < settledCount; at++) {
      settled[settledHere[at]!] = OPEN
      this.setMarks(settledHere[at]!, UNSETTLED)
    }
    return id
  }

  private decide(question: number, children: number[]): number {
    const first = children[0]!
    if (children.every((child) => child === first)) return first
    this.matters[question] = 1
    const key = `${question}:${children.join(',')}`
    let id = this.decisionByKey.get(key)
    if (id === undefined) {
      id = this.decisions.length
      this.decisions.push({ question, children })
      this.decisionByKey.set(key, id)
    }
    return id
  }

  /** Sets the mark of every slot a condition decides, keeping the hash in step. */
  private setMarks(condition: number, mark: number): void {
    const { marks, hashOf } = this
    for (const slot of this.slotsOf[condition]!) {
      const base = slot * markKinds
      this.hash = (this.hash - hashOf[base + marks[slot]!]! + hashOf[base + mark]!) | 0
      marks[slot] = mark
    }
  }

  private leaf(open: Int32Array, openCount: number, weight: number): number {
    const { marks, classes } = this
    // What is still open can only be decided by progress: mark it as a fresh citizen sees it.
    for (let at = 0; at < openCount; at++) {
      const condition = open[at]!
      if (this.slotsOf[condition]!.length === 0) continue
      const shown = freshTruth(this.conditions[condition]!, classes)
      this.setMarks(condition, shown ? SHOWN_OPEN : HIDDEN_OPEN)
    }
    // Thirty bits keep the key a small integer for the map (no boxed number per leaf).
    const hash = this.hash & 0x3fffffff
    let at = this.groupByHash.get(hash)
    while (at !== undefined && at >= 0 && !sameMarks(this.groups[at]!.marks, marks))
      at = this.sameHash[at]
    if (at === undefined || at < 0) {
      at = this.groups.length
      this.sameHash.push(this.groupByHash.get(hash) ?? -1)
      this.groupByHash.set(hash, at)
      const dense = this.tableSize <= denseUpTo
      this.groups.push({
        marks: marks.slice(),
        combinations: 0,
        classes: Array.from(classes),
        dense: dense ? new Uint8Array(this.tableSize) : null,
        sparse: dense ? null : new Set<number>(),
      })
    }
    for (let index = 0; index < openCount; index++) this.setMarks(open[index]!, UNSETTLED)
    const group = this.groups[at]!
    group.combinations += weight
    const { offsets, askedIn } = this
    const skippedAt = offsets[classes.length]!
    const dense = group.dense
    for (let question = 0; question < classes.length; question++) {
      const answer = classes[question]!
      const flag = answer < 0 ? skippedAt + question : offsets[question]! + answer
      if (dense) dense[flag] = 1
      else group.sparse!.add(flag)
      if (answer >= 0) askedIn[question] = askedIn[question]! + weight
    }
    return -(at + 1)
  }
}

/** A well-spread 32-bit number for an index (murmur3's final mix). */
function mix(value: number): number {
  let hash = Math.imul(value ^ (value >>> 16), 0x85ebca6b)
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35)
  return hash ^ (hash >>> 16)
}

function sameMarks(one: Uint8Array, other: Uint8Array): boolean {
  for (let at = 0; at < one.length; at++) if (one[at] !== other[at]) return false
  return true
}

function pathStep(step: Step, waitsOnProgress: boolean): PathStep {
  return {
    key: step.key,
    title: step.title,
    minutes: Number.isFinite(step.minutes) ? step.minutes : 0,
    kind: step.kind,
    waitsOnProgress,
  }
}

/** What describing a group needs, prepared once per map. */
type GroupContext = {
  planSteps: readonly PlanStep[]
  /** Each step as shown (index 0) and as waiting on progress (index 1), shared by every group. */
  stepViews: readonly (readonly [PathStep, PathStep])[]
  moveFirst: readonly string[]
  flow: Flow
  questions: readonly Question[]
  spaces: readonly QuestionClasses[]
  /** Per question: its values in option order, and per class which of them occur. */
  valueTables: readonly { values: readonly string[]; occurs: readonly Uint8Array[] }[]
  /** Per question: answer sets already made, by which answer classes occur (and whether skipped). */
  answerSetCache: readonly Map<number | string, PathAnswerSet>[]
  offersFallback: boolean
}

function groupContext(
  planSteps: readonly PlanStep[],
  moveFirst: readonly string[],
  flow: Flow,
  questions: readonly Question[],
  spaces: readonly QuestionClasses[],
  offersFallback: boolean,
): GroupContext {
  const valueTables = spaces.map((space) => {
    const values = [...new Set(space.classes.flatMap((answer) => answer.values))]
    const position = new Map(values.map((value, at) => [value, at]))
    const occurs = space.classes.map((answer) => {
      const table = new Uint8Array(values.length)
      for (const value of answer.values) table[position.get(value)!] = 1
      return table
    })
    return { values, occurs }
  })
  const stepViews = planSteps.map(
    ({ step }) => [pathStep(step, false), pathStep(step, true)] as const,
  )
  return {
    planSteps,
    stepViews,
    moveFirst,
    flow,
    questions,
    spaces,
    valueTables,
    answerSetCache: questions.map(() => new Map()),
    offersFallback,
  }
}

function answerSetOf(
  question: string,
  at: number,
  raw: RawGroup,
  context: GroupContext,
  offsets: readonly number[],
): PathAnswerSet {
  const { values, occurs } = context.valueTables[at]!
  const classes = context.spaces[at]!.classes
  const present = new Uint8Array(values.length)
  let seen = 0
  let noneChosen = false
  for (let answer = 0; answer < classes.length; answer++) {
    if (!hasFlag(raw, offsets[at]! + answer)) continue
    seen++
    noneChosen ||= classes[answer]!.none
    const table = occurs[answer]!
    for (let value = 0; value < table.length; value++) if (table[value]) present[value] = 1
  }
  return {
    question,
    values: values.filter((_, value) => present[value] === 1),
    noneChosen,
    everyAnswer: seen > 0 && seen === classes.length,
    skipped: hasFlag(raw, offsets[context.questions.length]! + at),
    asked: seen > 0,
  }
}

function describeGroup(
  raw: RawGroup,
  context: GroupContext,
  offsets: readonly number[],
): PathGroup {
  const { stepViews, moveFirst, flow, questions, spaces, answerSetCache } = context
  // The order planFlow gives: the variant's moved steps first, then the rest as written.
  let visible: PathStep[] = []
  const later: PathStep[] = []
  for (let at = 0; at < stepViews.length; at++) {
    const mark = raw.marks[at]
    if (mark === SHOWN) visible.push(stepViews[at]![0])
    else if (mark === SHOWN_OPEN) visible.push(stepViews[at]![1])
    else if (mark === HIDDEN_OPEN) later.push(stepViews[at]![1])
  }
  const steps: PathStep[] = []
  if (moveFirst.length > 0) {
    const byKey = new Map(visible.map((step) => [step.key, step]))
    for (const key of moveFirst) {
      const step = byKey.get(key)
      if (step) steps.push(step)
      byKey.delete(key)
    }
    visible = [...byKey.values()]
  }
  steps.push(...visible)

  const answers: Record<string, string | string[]> = {}
  const skippedAt = offsets[questions.length]!
  const answerSets = questions.map((question, at): PathAnswerSet => {
    const first = raw.classes[at]!
    if (first >= 0) answers[question.key] = spaces[at]!.classes[first]!.sample
    // Many groups see the same answers to a question: they share one (read-only) answer set.
    const count = spaces[at]!.classes.length
    let key: number | string
    if (count <= 30) {
      key = hasFlag(raw, skippedAt + at) ? 1 : 0
      for (let answer = 0; answer < count; answer++)
        if (hasFlag(raw, offsets[at]! + answer)) key += 2 ** (answer + 1)
    } else {
      key = hasFlag(raw, skippedAt + at) ? 's' : 'a'
      for (let answer = 0; answer < count; answer++)
        key += hasFlag(raw, offsets[at]! + answer) ? '1' : '0'
    }
    const cache = answerSetCache[at]!
    let found = cache.get(key)
    if (!found) {
      found = answerSetOf(question.key, at, raw, context, offsets)
      cache.set(key, found)
    }
    return found
  })
  const fallbackMark = raw.marks[stepViews.length]
  const fallbackShown =
    context.offersFallback && (fallbackMark === SHOWN || fallbackMark === SHOWN_OPEN)
  return {
    steps,
    minutes: steps.reduce((total, step) => total + step.minutes, 0),
    combinations: raw.combinations,
    answers,
    answerSets,
    fallback: fallbackShown
      ? { flow: flow.fallback!.flow, message: flow.fallback!.message ?? null }
      : null,
    fallbackWaitsOnProgress: fallbackMark === SHOWN_OPEN || fallbackMark === HIDDEN_OPEN,
    later,
    withoutContent: !steps.some((step) => step.kind !== 'contact'),
  }
}

function flagsOf(
  flow: Flow,
  steps: readonly PathMapStep[],
  fallbackReached: boolean,
  groups: readonly PathGroup[],
  questions: readonly PathMapQuestion[],
  offersFallback: boolean,
): PathMapFlag[] {
  const flags: PathMapFlag[] = []
  const index = indexFlow(flow)
  steps.forEach((step) => {
    if (step.combinations > 0 || step.dependsOnProgress) return
    const path = `steps[${index.stepPositions.get(step.key)}]`
    flags.push({
      code: 'step-never-shown',
      path,
      message: pathMapMessages['step-never-shown'](step.title, step.key),
    })
  })
  groups.forEach((group, at) => {
    if (!group.withoutContent) return
    flags.push({
      code: 'plan-without-content',
      path: `groups[${at}]`,
      message: pathMapMessages['plan-without-content'](group.combinations),
    })
  })
  if (offersFallback && !fallbackReached) {
    flags.push({
      code: 'fallback-unreachable',
      path: 'fallback.when',
      message: pathMapMessages['fallback-unreachable'](flow.fallback!.flow),
    })
  }
  const position = new Map<string, number>()
  listOf(flow.questions).forEach((question, at) => {
    if (!position.has(question.key)) position.set(question.key, at)
  })
  questions.forEach((question) => {
    if (question.changesPlan) return
    flags.push({
      code: 'question-changes-nothing',
      path: `questions[${position.get(question.key)}]`,
      message: pathMapMessages['question-changes-nothing'](
        question.prompt,
        question.key,
        question.asked > 0,
      ),
    })
  })
  return flags
}

function tooLarge(flow: Flow, variant: string | null): PathMap {
  return {
    flow: flow.slug,
    variant,
    complete: false,
    limit: pathMapMessages.limit(),
    headline: { plans: 0, combinations: 0, message: pathMapMessages.limit() },
    groups: [],
    steps: [],
    questions: [],
    flags: [],
    groupOf: () => null,
  }
}
