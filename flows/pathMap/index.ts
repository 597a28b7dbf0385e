/**
 * The path map ("Forløbskort") for editors: every combination of screening answers, grouped by
 * the plan it leads to. Its own entry, so the citizen's browser does not load it.
 */
export { mapPaths } from './mapPaths.ts'
export type {
  PathAnswerSet,
  PathGroup,
  PathMap,
  PathMapFlag,
  PathMapOptions,
  PathMapQuestion,
  PathMapStep,
  PathStep,
} from './types.ts'
