/**
 * Conditions in words: `describeCondition` for the editor's condition builder (issue 17) and
 * `explainStep` for the citizen's "Hvorfor?" (issue 22), from the same sentence rules.
 * Its own entry, so pages that only plan do not ship the words.
 */
export { describeCondition } from './describeCondition.ts'
export { explainStep } from './explainStep.ts'
export type { ReasonFact, StepReason } from './explainStep.ts'
export type { ConditionSentence, SentencePart } from './sentence.ts'
