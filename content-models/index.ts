// Everything content-models offers, zod schemas included: for Node and the site's build. Code that
// runs in the browser imports browser.ts instead (README.md lists the entries).
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
export * from './schemas/index.ts'
