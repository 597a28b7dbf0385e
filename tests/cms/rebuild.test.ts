import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { buildHookRunner, commandRunner } from '../../cms/plugins/siteRebuild/rebuildRunners.ts'
import {
  createRebuildScheduler,
  type RebuildScheduler,
} from '../../cms/plugins/siteRebuild/rebuildScheduler.ts'
import { createLesson } from './fixtures.ts'
import { startCms, type CmsHarness } from './harness.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'

const buildLog = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rebuild-')), 'builds.log')
// A real process standing in for `astro build`: it logs that it ran.
const fakeBuild = commandRunner(
  process.execPath,
  ['-e', `require('fs').appendFileSync(${JSON.stringify(buildLog)}, 'build\\n')`],
  { cwd: os.tmpdir() },
)
const builds = () =>
  fs.existsSync(buildLog) ? fs.readFileSync(buildLog, 'utf8').split('\n').filter(Boolean).length : 0

/**
 * The debounce clock, moved by hand: a timer fires only when the test says the debounce
 * window has passed, so a slow machine cannot split one window into two.
 */
function manualTimers() {
  const due = new Map<number, () => void>()
  let next = 0
  return {
    setTimeout: (callback: () => void) => {
      due.set(++next, callback)
      return next
    },
    clearTimeout: (handle: never) => void due.delete(handle),
    /** How many debounce timers are waiting. */
    waiting: () => due.size,
    /** Lets the debounce window pass: every waiting timer fires. */
    elapse: () => {
      const callbacks = [...due.values()]
      due.clear()
      for (const callback of callbacks) callback()
    },
  }
}

const timers = manualTimers()
// Each build waits for the test to let it finish, so "a build is running" is a state the test holds.
const finishBuild: (() => void)[] = []
const statuses: string[] = []
/** Builds the scheduler started, and of those, the ones not finished yet. */
let started = 0
let unfinished = 0
const scheduler: RebuildScheduler = createRebuildScheduler({
  run: async (reasons) => {
    started++
    unfinished++
    try {
      await fakeBuild(reasons)
      await new Promise<void>((resolve) => finishBuild.push(resolve))
    } finally {
      unfinished--
    }
  },
  debounceMs: 300,
  timers,
  onChange: (state) => statuses.push(state.status),
})

/** Resolves when the scheduler reports this status next. */
const reaches = (status: string) =>
  vi.waitUntil(() => statuses.at(-1) === status, { timeout: 30_000, interval: 5 })

/** Lets the debounce pass, lets the build finish, and waits until nothing is pending or running. */
async function letBuildsRun(): Promise<void> {
  while (timers.waiting() > 0) {
    timers.elapse()
    await reaches('running')
    await vi.waitUntil(() => finishBuild.length > 0, { timeout: 30_000, interval: 5 })
    for (const finish of finishBuild.splice(0)) finish()
    await vi.waitUntil(() => statuses.at(-1) !== 'running', { timeout: 30_000, interval: 5 })
  }
  await scheduler.settled()
  // Settled means no build left behind, and every build started was a real process that ran.
  expect(unfinished, 'builds still running after the scheduler settled').toBe(0)
  await vi.waitUntil(() => builds() === started, { timeout: 30_000, interval: 20 })
}

let harness: CmsHarness
beforeAll(async () => {
  harness = await startCms('sqlite', {
    publishing: { siteRebuild: scheduler },
  })
})
afterAll(async () => mayBeUnset(harness)?.close())

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
    expect(timers.waiting()).toBe(0)
    await letBuildsRun()
    expect(builds()).toBe(before)
    await harness.payload.update({
      collection: 'lessons',
      id: lesson.id,
      data: { _status: 'published' } as never,
    })
    expect(scheduler.state().status).toBe('pending')
    await letBuildsRun()
    expect(builds()).toBe(before + 1)
    expect(scheduler.state().status).toBe('succeeded')
  })

  test('five publishes within the debounce window start exactly one rebuild', async () => {
    const before = builds()
    for (let index = 0; index < 5; index++) await createLesson(harness.payload, 'published')
    expect(scheduler.state().reason).toMatch(/lessons/)
    await letBuildsRun()
    expect(builds() - before).toBe(1)
  })

  test('changing site settings or navigation starts one rebuild each', async () => {
    const before = builds()
    await harness.payload.updateGlobal({
      slug: 'site-settings',
      data: { contact: { phone: '70 10 20 30' } },
    })
    await letBuildsRun()
    expect(builds()).toBe(before + 1)
    const navigation = await harness.payload.findGlobal({ slug: 'navigation' })
    await harness.payload.updateGlobal({ slug: 'navigation', data: navigation })
    await letBuildsRun()
    expect(builds()).toBe(before + 2)
  })

  test('requests while a build runs are followed by exactly one more build', async () => {
    const before = builds()
    scheduler.request('first')
    timers.elapse()
    await reaches('running')
    for (const reason of ['a', 'b', 'c']) scheduler.request(reason)
    expect(timers.waiting()).toBe(0)
    await vi.waitUntil(() => finishBuild.length > 0, { timeout: 30_000, interval: 5 })
    for (const finish of finishBuild.splice(0)) finish()
    // The first build is over: exactly one more is scheduled for the three requests.
    await vi.waitUntil(() => timers.waiting() > 0, { timeout: 30_000, interval: 5 })
    expect(timers.waiting()).toBe(1)
    await letBuildsRun()
    expect(builds() - before).toBe(2)
    expect(scheduler.state().status).toBe('succeeded')
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
      request.on('data', (chunk: Buffer) => (body += chunk.toString()))
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
    await scheduler.settled()
    expect(received).toHaveLength(3)
    expect(received[0]?.method).toBe('POST')
    expect((JSON.parse(received[0]!.body) as { reasons: string[] }).reasons).toEqual([
      'publish lessons/x',
    ])
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
