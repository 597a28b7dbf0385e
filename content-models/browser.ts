// The part of content-models that code running in the browser may import: plain data, types and
// functions without zod, so no schema library reaches a browser bundle (index.ts has everything,
// zod included, for Node and the build). tests/contract/browserEntry.test.ts bundles this file and
// fails if zod is reachable. The schemas' types come along as types only (`export type`, erased
// from every bundle).
export * from './locales.ts'
export * from './audiences.ts'
export * from './roles.ts'
export * from './events.ts'
export * from './slug.ts'
export * from './routes.ts'
export * from './lix.ts'
export * from './richTextAccessibility.ts'
export * from './webvtt.ts'
export * from './data/officialMunicipalities.ts'
export type * from './schemas/index.ts'
