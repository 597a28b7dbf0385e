// The event contract between the site and the tracking API: plain data and types, no zod and
// no imports outside content-models, so the site can ship it to the browser. The tracking
// API derives its JSON schemas from it (tracking/schemas/event.ts), the site its validator
// (site/events/validate.ts); tests/contract/ checks that the two agree.
export * from './events/vocabulary.ts'
export * from './events/fields.ts'
export * from './events/limits.ts'
export * from './events/realDate.ts'
export * from './events/checkedFault.ts'
export type * from './events/types.ts'
