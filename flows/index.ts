/**
 * The flow engine: validates flow definitions and plans each citizen's personalised path.
 * Pure: no I/O, no clock, no runtime dependencies; runs in the CMS, the browser and tests.
 * The path map (`mapPaths`, for editors) has its own entry, `./pathMap/index.ts`.
 */
export { validateFlow } from './validateFlow.ts'
export { planFlow } from './planFlow.ts'
export { nextQuestion, openQuestions } from './nextQuestion.ts'
export {
  answersOnPath,
  choose,
  firstScreen,
  questionBefore,
  questionNumber,
  questionPath,
  screenAfter,
} from './screening.ts'
export type { Screen, ScreeningAnswer } from './screening.ts'
export { pickVariant, variantBucket } from './variant.ts'
export { messages } from './messages.ts'
export { describeCondition, explainStep } from './describe/index.ts'
export type { ConditionSentence, ReasonFact, SentencePart, StepReason } from './describe/index.ts'
export type { FlowProblemCode } from './messages.ts'
export type {
  FallbackSuggestion,
  FlowCatalog,
  FlowLink,
  FlowMessage,
  FlowPlan,
  FlowProblem,
  FlowProgress,
  FlowState,
  PlannedStep,
  PlanOptions,
  SlugList,
  StepStatus,
} from './types.ts'
