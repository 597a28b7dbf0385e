import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildHookRunner, commandRunner } from '../../cms/publishing/rebuildRunners.ts'
import {
  createRebuildScheduler,
  type RebuildScheduler,
} from '../../cms/publishing/rebuildScheduler.ts'
import { createLesson } from './fixtures.ts'
import { startCms, type CmsHarness } from './harness.ts'

const buildLog = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rebuild-')), 'builds.log')
// A real process standing in for `astro build`: it logs that it ran and takes a moment.
const fakeBuild = commandRunner(
  process.execPath,
  [
    '-e',
    `require('fs').appendFileSync(${JSON.stringify(buildLog)}, 'build\\n'); setTimeout(() => {}, 400)`,
  ],
  { cwd: os.tmpdir() },
)
const builds = () =>
  fs.existsSync(buildLog) ? fs.readFileSync(buildLog, 'utf8').split('\n').filter(Boolean).length : 0

let harness: CmsHarness
const scheduler: RebuildScheduler = createRebuildScheduler({
  run: fakeBuild,
  debounceMs: 300,
})
beforeAll(async () => {
  harness = await startCms('sqlite', {
    publishing: { siteRebuild: scheduler },
  })
})
afterAll(async () => harness?.close())

describe('publishing asks for a site rebuild', () => {
  test('publishing a lesson starts exactly one rebuild; saving a draft starts none', async () => {
    const before = builds()
    const lesson = await createLesson(harness.payload, 'draft')
    await harness.payload.update({
      collection: 'lessons',
      id: lesson.id,
      data: { title: 'Kladde' },
      draft: true,
    })
    await new Promise((resolve) => setTimeout(resolve, 500))
    await scheduler.settled()
    expect(builds()).toBe(before)
    await harness.payload.update({
      collection: 'lessons',
      id: lesson.id,
      data: { _status: 'published' } as never,
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    await scheduler.settled()
    expect(builds()).toBe(before + 1)
    expect(scheduler.state().status).toBe('succeeded')
  })

  test('five quick publishes start at most two rebuilds', async () => {
    const before = builds()
    for (let index = 0; index < 5; index++) await createLesson(harness.payload, 'published')
    await new Promise((resolve) => setTimeout(resolve, 50))
    await scheduler.settled()
    expect(builds() - before).toBeGreaterThanOrEqual(1)
    expect(builds() - before).toBeLessThanOrEqual(2)
  })

  test('changing site settings or navigation starts one rebuild', async () => {
    const before = builds()
    await harness.payload.updateGlobal({
      slug: 'site-settings',
      data: { contact: { phone: '70 10 20 30' } },
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    await scheduler.settled()
    expect(builds()).toBe(before + 1)
    const navigation = await harness.payload.findGlobal({ slug: 'navigation' })
    await harness.payload.updateGlobal({ slug: 'navigation', data: navigation })
    await new Promise((resolve) => setTimeout(resolve, 50))
    await scheduler.settled()
    expect(builds()).toBe(before + 2)
  })

  test('a build already running is followed by exactly one more', async () => {
    const before = builds()
    scheduler.request('first')
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(scheduler.state().status).toBe('running')
    for (const reason of ['a', 'b', 'c']) scheduler.request(reason)
    await scheduler.settled()
    expect(builds() - before).toBe(2)
  })
})

describe('build hook', () => {
  let server: http.Server
  let answers: number[] = []
  let received: { method?: string; body: string }[] = []
  let url = ''
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk))
      request.on('end', () => {
        received.push({ method: request.method, body })
        response.writeHead(answers.shift() ?? 200).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  test('a failing hook is retried with backoff until it answers', async () => {
    answers = [500, 503, 200]
    received = []
    const scheduler = createRebuildScheduler({
      run: buildHookRunner(url, { baseDelayMs: 20 }),
      debounceMs: 10,
    })
    scheduler.request('publish lessons/x')
    await new Promise((resolve) => setTimeout(resolve, 20))
    await scheduler.settled()
    expect(received).toHaveLength(3)
    expect(received[0]?.method).toBe('POST')
    expect(JSON.parse(received[0]!.body).reasons).toEqual(['publish lessons/x'])
    expect(scheduler.state().status).toBe('succeeded')
  })

  test('a hook that keeps failing is reported in the site-build global', async () => {
    received = []
    const states: unknown[] = []
    const persisting = createRebuildScheduler({
      run: buildHookRunner(url, { attempts: 3, baseDelayMs: 20 }),
      debounceMs: 10,
      onChange: (state) =>
        states.push(harness.payload.updateGlobal({ slug: 'site-build', data: state })),
    })
    answers = [500, 500, 500]
    persisting.request('publish faqs/y')
    await new Promise((resolve) => setTimeout(resolve, 20))
    await persisting.settled()
    await Promise.all(states)
    const saved = await harness.payload.findGlobal({ slug: 'site-build' })
    expect(saved.status).toBe('failed')
    expect(saved.error).toBe(
      'Siden blev ikke opdateret: byggekrogen svarede 500 Internal Server Error, også efter nye forsøg.\n' +
        'Site rebuild failed: the build hook answered 500 Internal Server Error, after retrying.',
    )
    expect(received).toHaveLength(3)
  })
})
