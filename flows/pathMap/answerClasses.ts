import type { Question } from '../../content-models/index.ts'
import { optionValues } from '../answers.ts'
import { FALSE, TRUE } from '../evaluateCondition.ts'

/**
 * Answers to one question that every rule treats alike: each `answer` part of the flow's
 * conditions is true for all of them or for none. Mapping one answer per class instead of
 * every answer gives the same plans, with far fewer combinations to walk.
 */
type AnswerClass = {
  /** How many answers the class holds (for a multi-choice question: option subsets). */
  count: number
  /** One answer of the class, as `FlowState.answers` takes it: the smallest one. */
  sample: string | string[]
  /** The values occurring in the class's answers, in the question's option order. */
  values: string[]
  /** Multi-choice: the empty choice ("none of these") is in the class. */
  none: boolean
}

/** A question's answer classes and how to find the class of a given answer. */
export type QuestionClasses = {
  classes: AnswerClass[]
  /** The class of a (normalized) answer, or -1. */
  classOf: (chosen: ReadonlySet<string>) => number
}

/** Raised when a multi-choice question has too many distinct options to enumerate. */
export class TooManyCombinations extends Error {}

/** Distinct option groups of a multi-choice question above which the map gives up (2^16 subsets). */
const maxOptionGroups = 16

/**
 * Forms a question's answer classes from the atoms (the `answer` parts naming it) and fills in
 * each atom's truth per class.
 */
export function answerClasses(
  question: Question,
  atoms: readonly { named: readonly unknown[]; truth: Uint8Array }[],
): QuestionClasses {
  const values = [...new Set(optionValues(question))]
  const named = (value: string) => atoms.map((atom) => atom.named.includes(value))
  const byTruth = new Map<string, number>()
  const classes: AnswerClass[] = []
  const truths: boolean[][] = []
  const classFor = (truth: boolean[]): number => {
    const id = truth.map(Number).join('')
    let at = byTruth.get(id)
    if (at === undefined) {
      at = classes.length
      byTruth.set(id, at)
      classes.push({ count: 0, sample: [], values: [], none: false })
      truths.push(truth)
    }
    return at
  }

  let classOf: QuestionClasses['classOf']
  if (question.type !== 'multi') {
    const classOfValue = new Map<string, number>()
    for (const value of values) {
      const at = classFor(named(value))
      const found = classes[at]!
      if (found.count === 0) found.sample = value
      found.count++
      found.values.push(value)
      classOfValue.set(value, at)
    }
    classOf = (chosen) => {
      const [value] = chosen
      return chosen.size === 1 && value !== undefined ? (classOfValue.get(value) ?? -1) : -1
    }
  } else {
    // Options every atom treats alike are interchangeable: enumerate subsets of such groups.
    const groups: { options: string[]; truth: boolean[] }[] = []
    const groupOf = new Map<string, number>()
    const groupById = new Map<string, number>()
    for (const value of values) {
      const truth = named(value)
      const id = truth.map(Number).join('')
      let at = groupById.get(id)
      if (at === undefined) {
        at = groups.length
        groupById.set(id, at)
        groups.push({ options: [], truth })
      }
      groups[at]!.options.push(value)
      groupOf.set(value, at)
    }
    if (groups.length > maxOptionGroups) throw new TooManyCombinations()
    const classOfMask = new Int32Array(1 << groups.length)
    const sampleSize: number[] = []
    for (let mask = 0; mask < 1 << groups.length; mask++) {
      const chosen = groups.filter((_, at) => mask & (1 << at))
      const truth = atoms.map((_, atom) => chosen.some((group) => group.truth[atom]))
      const at = classFor(truth)
      classOfMask[mask] = at
      const found = classes[at]!
      found.count += chosen.reduce((product, group) => product * (2 ** group.options.length - 1), 1)
      if (mask === 0) found.none = true
      for (const group of chosen) found.values.push(...group.options)
      if (sampleSize[at] === undefined || chosen.length < sampleSize[at]) {
        sampleSize[at] = chosen.length
        found.sample = chosen.map((group) => group.options[0]!)
      }
    }
    for (const found of classes) {
      const present = new Set(found.values)
      found.values = values.filter((value) => present.has(value))
    }
    classOf = (chosen) => {
      let mask = 0
      for (const value of chosen) {
        const group = groupOf.get(value)
        if (group !== undefined) mask |= 1 << group
      }
      return classOfMask[mask] ?? -1
    }
  }
  atoms.forEach((atom, index) => {
    atom.truth = Uint8Array.from(truths, (truth) => (truth[index] ? TRUE : FALSE))
  })
  return { classes, classOf }
}
