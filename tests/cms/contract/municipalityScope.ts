import type { CollectionSlug } from 'payload'
import { describe, expect, test } from 'vitest'
import { createLesson, uniqueSlug } from '../fixtures.ts'
import type { CmsHarness } from '../harness.ts'
import { createFlow } from './localFlowFixtures.ts'
import { createStaff, ensureMunicipality } from './municipalityFixtures.ts'
import { rest } from './rest.ts'
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

  describe("another municipality's drafts and local content, in every collection", () => {
    test('a Thisted editor finds none of Aarhus’s drafts, over the Local API and REST (published ones: the matrices)', async () => {
      const { payload } = cms()
      const aarhus = (await ensureMunicipality(payload, '751', 'Aarhus Kommune')).id
      const thisted = (await ensureMunicipality(payload, '787', 'Thisted Kommune')).id
      const editor = await createStaff(payload, 'editor', thisted)
      const { token } = await payload.login({
        collection: 'users',
        data: { email: editor.email as string, password: 'correct-horse-battery' },
      })
      const title = { title: 'Aarhus-hemmelighed', slug: uniqueSlug('aarhus') }
      const drafts: Record<string, Record<string, unknown>> = {
        flows: { ...title, steps: [{ key: 'kontakt', title: 'Kontakt', kind: 'contact' }] },
        lessons: title,
        courses: title,
        videos: title,
        checklists: title,
        faqs: { question: 'Aarhus-hemmelighed?', category: 'Lokalt', slug: title.slug },
        'local-flows': { flow: (await createFlow(payload)).id },
      }
      for (const [collection, data] of Object.entries(drafts)) {
        const slug = collection as CollectionSlug
        const created = await payload.create({
          collection: slug,
          data: { ...data, municipality: aarhus, _status: 'draft' } as never,
          draft: true,
        })
        const where = { id: { equals: created.id } }
        const local = await payload.find({
          collection: slug,
          where,
          draft: true,
          user: editor,
          overrideAccess: false,
        })
        const response = await rest(
          cms(),
          'GET',
          `/api/${collection}?where[id][equals]=${created.id}&draft=true&depth=0`,
          { headers: { authorization: `JWT ${token}` } },
        )
        expect([collection, local.totalDocs, response.body.totalDocs]).toEqual([collection, 0, 0])
        await payload.delete({ collection: slug, id: created.id })
      }
    })
  })
}
