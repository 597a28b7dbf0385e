/**
 * The path map ("Forløbskort") for editors: every combination of screening answers, grouped by
 * the plan it leads to. Its own entry, so the citizen's browser does not load it.
 */
export { mapPaths } from './mapPaths.ts'
export type { PathGroup, PathMap } from './types.ts'
/** @public The options of `mapPaths`, for the admin that calls it. */
export type { PathMapOptions } from './types.ts'
