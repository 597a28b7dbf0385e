import { createLesson, uniqueSlug } from '../fixtures.ts'
import type { CmsHarness } from '../harness.ts'
import { scopeMatrix, type MatrixSubject } from './scopeMatrix.ts'

/** Lessons, standing for every content collection (they share contentCollection's access). */
const lessons: MatrixSubject = {
  collection: { slug: 'lessons', graphqlPlural: 'Lessons', graphqlSingular: 'Lesson' },
  scopes: ['national', 'Thisted', 'Aarhus'],
  create: async (payload, status, municipality) =>
    (await createLesson(payload, status, { municipality })).id,
  newDocument: (_, municipality) => {
    const slug = uniqueSlug('kommune')
    const data = { title: 'Lokal lektion', slug, minutes: 3, municipality }
    return Promise.resolve({ data, find: { slug: { equals: slug } } })
  },
  change: {
    data: { title: 'Ny lokal titel' },
    shows: (doc) => doc.title === 'Ny lokal titel',
  },
}

/**
 * Every role × scope (national, own municipality, another municipality) × action on content,
 * over the Local API, REST and GraphQL: each allowed action has its effect, each refused one none.
 */
export function municipalityScopeContract(cms: () => CmsHarness): void {
  scopeMatrix('national and local content: who may do what where', cms, lessons)
}
