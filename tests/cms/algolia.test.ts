import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createAlgoliaIndex } from '../../cms/plugins/searchIndex/algoliaIndex.ts'
import { algoliaWriteStandIn, type AlgoliaRequest } from '../lib/algoliaWriteStandIn.ts'
import { createLesson } from './fixtures.ts'
import { startCms, type CmsHarness } from './harness.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'

// A stand-in for Algolia's hosts: it records what the real algoliasearch client sends.
let standIn: Awaited<ReturnType<typeof algoliaWriteStandIn>>
let seen: AlgoliaRequest[] = []

let harness: CmsHarness
beforeAll(async () => {
  standIn = await algoliaWriteStandIn()
  seen = standIn.seen
  const host = standIn.host
  const searchIndex = createAlgoliaIndex({
    appId: 'JOBUNIVERSTEST',
    adminKey: 'admin-key-for-tests',
    indexName: 'jobunivers_test',
    host,
  })
  harness = await startCms('sqlite', { publishing: { searchIndex } })
})
afterAll(async () => {
  await mayBeUnset(harness)?.close()
  await mayBeUnset(standIn)?.close()
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
    const live = await createLesson(harness.payload, 'published')
    const draft = await createLesson(harness.payload, 'draft')
    seen.length = 0
    const count = await createAlgoliaIndex({
      appId: 'JOBUNIVERSTEST',
      adminKey: 'admin-key-for-tests',
      indexName: 'jobunivers_test',
      host: standIn.host,
    }).reindex(harness.payload)

    // Replacing, not adding: the records go to a temporary index, which is then moved over
    // the live one in one step, so records of documents no longer published disappear.
    const operations = seen.filter((request) => request.path.endsWith('/operation'))
    const move = operations.at(-1)
    expect(move?.body.operation).toBe('move')
    expect(move?.body.destination).toBe('jobunivers_test')
    const temporary = /^\/1\/indexes\/([^/]+)\/operation$/.exec(move!.path)?.[1]
    expect(temporary).toMatch(/^jobunivers_test_tmp_\d+$/)
    const batchPaths = new Set(seen.filter((r) => r.path.endsWith('/batch')).map((r) => r.path))
    expect([...batchPaths]).toEqual([`/1/indexes/${temporary}/batch`])
    expect(seen.indexOf(move!)).toBeGreaterThan(
      seen.findLastIndex((request) => request.path.endsWith('/batch')),
    )

    const sent = seen
      .filter((request) => request.path.endsWith('/batch'))
      .flatMap((request) => request.body.requests ?? [])
    expect(sent).toHaveLength(count)
    const ids = sent.map((request) => String(request.body.objectID))
    const published = await harness.payload.find({
      collection: 'lessons',
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
    })
    for (const lesson of published.docs)
      expect(ids).toEqual(expect.arrayContaining([`lessons/${lesson.slug}/da`]))
    expect(ids).toContain(`lessons/${live.slug}/da`)
    expect(ids.filter((id) => id.startsWith(`lessons/${draft.slug}/`))).toEqual([])
  })
})
