import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createAlgoliaIndex } from '../../cms/search/algoliaIndex.ts'
import { createLesson } from './fixtures.ts'
import { startCms, type CmsHarness } from './harness.ts'

type Seen = {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: { requests?: { action: string; body: Record<string, unknown> }[] } & Record<string, unknown>
}

// A stand-in for Algolia's hosts: it records what the real algoliasearch client sends.
const seen: Seen[] = []
const server = http.createServer((request, response) => {
  let raw = ''
  request.on('data', (chunk: Buffer) => (raw += chunk))
  request.on('end', () => {
    const path = (request.url ?? '').split('?')[0]!
    seen.push({
      method: request.method ?? '',
      path,
      headers: request.headers,
      body: raw ? JSON.parse(raw) : {},
    })
    const answer = path.includes('/task/')
      ? { status: 'published' }
      : { taskID: 1, updatedAt: new Date().toISOString(), objectIDs: [] }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer))
  })
})

let harness: CmsHarness
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  const searchIndex = createAlgoliaIndex({
    appId: 'JOBUNIVERSTEST',
    adminKey: 'admin-key-for-tests',
    indexName: 'jobunivers_test',
    host,
  })
  harness = await startCms('sqlite', { publishing: { searchIndex } })
})
afterAll(async () => {
  await harness?.close()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})
beforeEach(() => {
  seen.length = 0
})

const batches = () =>
  seen.filter(
    (request) => request.method === 'POST' && request.path === '/1/indexes/jobunivers_test/batch',
  )

describe('search index follows publishing (Algolia)', () => {
  test('publishing a lesson upserts one record per locale, with the API key and index', async () => {
    const lesson = await createLesson(harness.payload, 'draft', { title: 'Din joblog' })
    await harness.payload.update({
      collection: 'lessons',
      id: lesson.id,
      locale: 'en',
      data: { title: 'Your job log' },
      draft: true,
    })
    expect(batches()).toHaveLength(0)
    await harness.payload.update({
      collection: 'lessons',
      id: lesson.id,
      data: { _status: 'published' } as never,
    })

    const [batch] = batches()
    expect(batch?.headers['x-algolia-api-key']).toBe('admin-key-for-tests')
    expect(batch?.headers['x-algolia-application-id']).toBe('JOBUNIVERSTEST')
    const records = batch!.body.requests!.map((request) => [
      request.action,
      request.body.objectID,
      request.body.title,
      request.body.url,
    ])
    expect(records).toEqual([
      ['addObject', `lessons/${lesson.slug}/da`, 'Din joblog', `/laer/${lesson.slug}`],
      ['addObject', `lessons/${lesson.slug}/en`, 'Your job log', `/en/learn/${lesson.slug}`],
    ])
    expect(batch!.body.requests![0]!.body.body).toContain('Du skal søge job.')
    const settings = seen.find((request) => request.path === '/1/indexes/jobunivers_test/settings')
    expect(settings?.method).toBe('PUT')
    expect(settings?.body.attributesForFaceting).toContain('filterOnly(locale)')
  })

  test('unpublishing deletes both records', async () => {
    const lesson = await createLesson(harness.payload, 'published')
    seen.length = 0
    await harness.payload.update({
      collection: 'lessons',
      id: lesson.id,
      data: { _status: 'draft' } as never,
    })
    const deletes = batches().flatMap((batch) =>
      batch.body.requests!.map((request) => [request.action, request.body.objectID]),
    )
    expect(deletes).toEqual([
      ['deleteObject', `lessons/${lesson.slug}/da`],
      ['deleteObject', `lessons/${lesson.slug}/en`],
    ])
  })

  test('reindexing replaces the whole index with every published document', async () => {
    await createLesson(harness.payload, 'published')
    seen.length = 0
    const count = await createAlgoliaIndex({
      appId: 'JOBUNIVERSTEST',
      adminKey: 'admin-key-for-tests',
      indexName: 'jobunivers_test',
      host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    }).reindex(harness.payload)
    const published = await harness.payload.count({
      collection: 'lessons',
      where: { _status: { equals: 'published' } },
    })
    expect(count).toBeGreaterThanOrEqual(published.totalDocs * 2)
    const sent = seen
      .filter((request) => request.path.endsWith('/batch'))
      .flatMap((request) => request.body.requests ?? [])
    expect(sent).toHaveLength(count)
    expect(
      seen.some(
        (request) =>
          request.path === '/1/indexes/jobunivers_test_tmp_' || request.path.includes('/operation'),
      ),
    ).toBe(true)
  })
})
