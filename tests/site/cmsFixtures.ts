import { readFileSync } from 'node:fs'
import type { Row } from '../../site/content/payloadRest/fields.ts'

/**
 * Answers captured from the real Payload REST API (anonymous, `?locale=all&depth=1` with the
 * loader's populate options) after `npm start` imported the sample content, November 2026.
 */
export function cmsFixture(name: string): Row {
  return JSON.parse(
    readFileSync(new URL(`./fixtures/cms/${name}.json`, import.meta.url), 'utf8'),
  ) as Row
}

/** The docs of a captured collection page. */
export function cmsDocs(collection: string): Row[] {
  return cmsFixture(collection).docs as Row[]
}

/**
 * A stand-in for `fetch` that answers like Payload: collections page by page (limit from the
 * query), globals from the fixtures. Records every request for the tests to inspect.
 */
export function fakeCms(
  collections: Record<string, Row[]>,
  globals = { 'site-settings': cmsFixture('site-settings'), navigation: cmsFixture('navigation') },
) {
  const requests: { url: string; init?: RequestInit | undefined }[] = []
  const fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    requests.push({ url, init })
    const parsed = new URL(url)
    const global = /^\/api\/globals\/([^/]+)$/.exec(parsed.pathname)?.[1]
    if (global) return Response.json(globals[global as keyof typeof globals])
    const collection = /^\/api\/([^/]+)$/.exec(parsed.pathname)?.[1] ?? ''
    if (parsed.pathname.startsWith('/api/') && parsed.pathname.includes('/file/'))
      return new Response('WEBVTT\n')
    const docs = collections[collection]
    if (!docs) return new Response('not found', { status: 404 })
    const limit = Number(parsed.searchParams.get('limit') ?? 10)
    const page = Number(parsed.searchParams.get('page') ?? 1)
    const totalPages = Math.max(1, Math.ceil(docs.length / limit))
    return Response.json({
      docs: docs.slice((page - 1) * limit, page * limit),
      totalDocs: docs.length,
      limit,
      page,
      totalPages,
      hasNextPage: page < totalPages,
      nextPage: page < totalPages ? page + 1 : null,
    })
  }
  return { fetch, requests }
}

/** Every captured collection, as the fake CMS serves it. */
export function capturedCollections(): Record<string, Row[]> {
  return Object.fromEntries(
    ['flows', 'lessons', 'courses', 'videos', 'checklists', 'faqs'].map((name) => [
      name,
      cmsDocs(name),
    ]),
  )
}
