import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { beforeAll, describe, expect, test } from 'vitest'
import { messages } from '../../../cms/messages.ts'
import { createLesson, createLessonsWithDrafts, createUsers, uniqueSlug } from '../fixtures.ts'
import type { CmsHarness } from '../harness.ts'

type Handler = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

/** Calls Payload's REST route handler the way Next does, without a server. */
export async function rest(
  harness: CmsHarness,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  init: { body?: unknown; headers?: Record<string, string> } = {},
) {
  const make = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }[
    method
  ] as (config: unknown) => Handler
  const { pathname } = new URL(url, 'http://cms.test')
  const slug = pathname.replace(/^\/api\//, '').split('/')
  const request = new Request(new URL(url, 'http://cms.test'), {
    method,
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const response = await make(harness.payload.config)(request, {
    params: Promise.resolve({ slug }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

/** What anonymous REST and GraphQL readers see: published documents only, never drafts. */
export function restContract(cms: () => CmsHarness): void {
  describe('anonymous REST and GraphQL readers', () => {
    let neverPublished: { id: string | number; slug: string }
    let published: { id: string | number; slug: string }
    beforeAll(async () => {
      const { payload } = cms()
      const { draft, live } = await createLessonsWithDrafts(payload)
      neverPublished = { id: draft.id, slug: draft.slug }
      published = { id: live.id, slug: live.slug }
    })

    for (const query of ['', '&draft=true']) {
      test(`a list${query ? ' with draft=true' : ''} leaks no draft`, async () => {
        const response = await rest(cms(), 'GET', `/api/lessons?limit=500&depth=0${query}`)
        const titles = (response.body.docs as { title: string }[]).map((doc) => doc.title)
        expect(titles).not.toContain('Hemmelig kladde')
        expect(titles).not.toContain('Ny kladde-titel')
      })
    }

    test('a never-published document is not found by id, with or without draft=true', async () => {
      for (const query of ['', '?draft=true']) {
        const response = await rest(cms(), 'GET', `/api/lessons/${neverPublished.id}${query}`)
        expect(response.status).toBe(404)
        expect(JSON.stringify(response.body)).not.toContain('Hemmelig kladde')
      }
    })

    test('a published document with a newer draft shows the published version', async () => {
      for (const query of ['', '?draft=true']) {
        const response = await rest(cms(), 'GET', `/api/lessons/${published.id}${query}`)
        expect(response.body.title).toBe('Udgivet titel')
      }
    })

    test('versions are refused to anonymous readers', async () => {
      const response = await rest(cms(), 'GET', '/api/lessons/versions')
      expect(response.status).toBe(403)
    })

    test('GraphQL shows the published version, and with draft: true no draft', async () => {
      const titles = async (draft: boolean) => {
        const request = new Request('http://cms.test/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `{ Lessons(draft: ${draft}, limit: 500) { docs { title } } }`,
          }),
        })
        const response = await GRAPHQL_POST(Promise.resolve(cms().payload.config))(request)
        const body = (await response.json()) as {
          data?: { Lessons?: { docs: { title: string }[] } }
        }
        return body.data?.Lessons?.docs.map((doc) => doc.title) ?? []
      }
      expect(await titles(false)).toContain('Udgivet titel')
      for (const draft of [false, true]) {
        expect(await titles(draft)).not.toContain('Hemmelig kladde')
        expect(await titles(draft)).not.toContain('Ny kladde-titel')
      }
    })
  })

  describe('refusals over REST, with the status a client sees', () => {
    test('anonymous writes answer 403 and write nothing; an editor publishing answers 403 and the lesson stays a draft', async () => {
      const harness = cms()
      const { payload } = harness
      const slug = uniqueSlug('anonym')
      const created = await rest(harness, 'POST', '/api/lessons', {
        body: { title: 'Anonym lektion', slug, minutes: 3 },
      })
      expect(created.status).toBe(403)
      expect(
        (
          await payload.find({
            collection: 'lessons',
            where: { slug: { equals: slug } },
            draft: true,
          })
        ).totalDocs,
      ).toBe(0)

      const draft = await createLesson(payload, 'draft')
      const users = await createUsers(payload)
      const login = await rest(harness, 'POST', '/api/users/login', {
        body: { email: users.editor.email, password: 'correct-horse-battery' },
      })
      const published = await rest(harness, 'PATCH', `/api/lessons/${draft.id}`, {
        body: { _status: 'published' },
        headers: { authorization: `JWT ${String(login.body.token)}` },
      })
      expect(published.status).toBe(403)
      expect(JSON.stringify(published.body)).toContain(messages.publishNotAllowed.da)
      expect(
        (await payload.findByID({ collection: 'lessons', id: draft.id, draft: false }))._status,
      ).toBe('draft')
    })
  })

  describe('messages in the editor language', () => {
    test('a refused save answers 400 in Danish or English after the admin language', async () => {
      const harness = cms()
      const users = await createUsers(harness.payload)
      const login = await rest(harness, 'POST', '/api/users/login', {
        body: { email: users.editor.email, password: 'correct-horse-battery' },
      })
      const token = String(login.body.token)
      const items = [
        { key: 'cv', label: 'Et' },
        { key: 'cv', label: 'To' },
      ]
      for (const language of ['da', 'en'] as const) {
        const response = await rest(harness, 'POST', '/api/checklists?draft=true', {
          body: { title: 'Dobbelt', slug: uniqueSlug('rest'), items },
          headers: {
            authorization: `JWT ${token}`,
            'accept-language': language,
            cookie: `payload-lng=${language}`,
          },
        })
        expect(response.status).toBe(400)
        const [error] = response.body.errors as {
          data: { errors: { path: string; message: string }[] }
        }[]
        expect(error?.data.errors).toEqual([
          {
            path: 'items.1.key',
            message: messages.duplicateItemKey[language].replace('{key}', 'cv'),
          },
        ])
      }
    })
  })
}
