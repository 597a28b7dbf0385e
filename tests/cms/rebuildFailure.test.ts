import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { commandRunner } from '../../cms/publishing/rebuildRunners.ts'
import { createRebuildScheduler } from '../../cms/publishing/rebuildScheduler.ts'
import type { Row } from '../../site/content/payloadRest/fields.ts'
import { capturedCollections, cmsDocs, fakeCms } from '../site/cmsFixtures.ts'

/**
 * The local rebuild runs the real site build (scripts/site-build.ts) against a CMS whose
 * answers were captured from Payload, with one lesson the content schema refuses: the state
 * the admin shows says the build failed and names that document and field.
 */
const root = path.resolve(import.meta.dirname, '..', '..')
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebuild-failure-'))
const broken: Row = { ...cmsDocs('lessons')[0]!, id: 4343, minutes: 0 }
let server: http.Server
let cmsUrl = ''

beforeAll(async () => {
  const collections = capturedCollections()
  collections.lessons = [broken, ...collections.lessons!.slice(1)]
  const cms = fakeCms(collections)
  server = http.createServer(async (request, response) => {
    const answer = await cms.fetch(`${cmsUrl}${request.url}`)
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? '' })
    response.end(Buffer.from(await answer.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cmsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  fs.rmSync(outDir, { recursive: true, force: true })
})

test('a build the content schema refuses is reported with the document and field at fault', async () => {
  const dist = path.join(outDir, 'dist')
  const scheduler = createRebuildScheduler({
    run: commandRunner(process.execPath, [path.join(root, 'scripts', 'site-build.ts')], {
      cwd: root,
      env: { CMS_URL: cmsUrl, SITE_DIST: dist, NODE_ENV: 'production' },
    }),
    debounceMs: 10,
  })
  scheduler.request('publish lessons/broken')
  await new Promise((resolve) => setTimeout(resolve, 30))
  await scheduler.settled()
  const state = scheduler.state()
  expect(state.status).toBe('failed')
  expect(state.error).toContain('1 published entry does not match the content-models schemas:')
  expect(state.error).toContain(`lessons id 4343 (slug "${String(broken.slug)}"), field minutes`)
  expect(state.error).not.toMatch(/Browser APIs|at loadFromCms/)
  expect(fs.existsSync(dist)).toBe(false)
}, 120_000)
