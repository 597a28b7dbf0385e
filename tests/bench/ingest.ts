// Ingestion benchmark: autocannon against the tracking API (SQLite and Postgres) and, in the
// same run, against a bare node:http server that only parses the same JSON and answers 202
// (the ceiling on this machine). Batches of 10 events of one new subject, ids and subject made
// as the site makes them (time-ordered UUIDs), at 10, 100 and 1,000 connections. The machine
// is shared, so each connection count is run in rounds (ceiling, SQLite, Postgres, again)
// and the medians are compared. After each run the stored events are counted and must equal
// the acknowledged; the CPU time each server used is read from /proc.
import type { ChildProcess } from 'node:child_process'
import { randomFillSync } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { createTestDatabase, postgresProblem } from '../lib/postgres.ts'
import { timeOrderedUuid } from '../../site/state/timeOrderedUuid.ts'
import { createStore, type Store } from '../../tracking/index.ts'
import { startListening, type RunningServer } from '../tracking/helpers/server.ts'
import { cpuSecondsOf, cpuSecondsOfCommand } from './lib/processCpu.ts'
import type { BenchRow, BenchSection } from './section.ts'

// autocannon ships no types: the part of its API used here.
type LoadOptions = {
  url: string
  connections: number
  amount?: number
  duration?: number
  timeout?: number
  method: 'POST'
  headers: Record<string, string>
  requests: Array<{
    setupRequest: (request: Record<string, unknown>) => Record<string, unknown>
    onResponse?: (status: number) => void
  }>
}
type LoadResult = {
  duration: number
  errors: number
  timeouts: number
  latency: { p50: number; p99: number }
  requests: { average: number }
}
const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: LoadOptions,
) => Promise<LoadResult>

const connectionCounts = [10, 100, 1000]
// The issue's goal: at least half of the ceiling with every acknowledged event stored. It is
// judged where the service is saturated (the most connections); with fewer, each request
// waits for its commit's fsync, which the ceiling never pays, and the cores partly idle.
const goal = { ratio: 0.5, connections: connectionCounts.at(-1)! }
const secondsPerRun = 4
const rounds = 3
const eventsPerBatch = 10

// The ceiling: parse the body as JSON, answer 202. Nothing else.
const ceilingServer = `
import { createServer } from 'node:http'
const server = createServer((req, res) => {
  const chunks = []
  req.on('data', (chunk) => chunks.push(chunk))
  req.on('end', () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      res.writeHead(202, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ accepted: body.events.length }))
    } catch {
      res.writeHead(400)
      res.end()
    }
  })
})
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port))
`

type Target = {
  name: string
  url: string
  child: ChildProcess
  store?: Store
  /** Other processes the target's work runs in (the Postgres server's), by command name. */
  alsoCpuOf?: string
}

/** Starts `node <args>` with `env`; resolves once it listens, keeping only its output's tail. */
function start(args: string[], env: Record<string, string>): Promise<RunningServer> {
  return startListening(args, env, { trimOutput: true })
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.removeAllListeners('exit')
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

// Random bytes drawn from a pool filled 64 KiB at a time: getRandomValues per id cost the load
// generator, which shares the cores with the server, 5 µs an id.
const pool = Buffer.alloc(65536)
let poolAt = pool.length
const pooledRandom = {
  getRandomValues<T extends ArrayBufferView | null>(array: T): T {
    const bytes = array as unknown as Uint8Array
    if (poolAt + bytes.length > pool.length) {
      randomFillSync(pool)
      poolAt = 0
    }
    pool.copy(bytes, 0, poolAt, (poolAt += bytes.length))
    return array
  },
}
const newId = () => timeOrderedUuid(pooledRandom)

function batchBody(): string {
  const subject = newId()
  const at = new Date().toISOString()
  const events = Array.from({ length: eventsPerBatch }, (_, i) => ({
    id: newId(),
    subject,
    type: 'step_viewed',
    flow: 'find-job',
    step: `step-${i}`,
    variant: 'a',
    locale: 'da',
    at,
  }))
  return JSON.stringify({ events })
}

type Run = {
  eventsPerSecond: number
  p50: number
  p99: number
  acknowledged: number
  other: number
  errors: number
  seconds: number
}

async function load(url: string, connections: number, amount: number): Promise<Run> {
  let acknowledged = 0
  let other = 0
  // autocannon ends an `amount` run on its next one-second tick, so its own duration rounds
  // up to whole seconds; the rate is taken from the first request to the last answer instead.
  const started = performance.now()
  let lastAnswer = started
  const result = await autocannon({
    url: `${url}/v1/events`,
    connections,
    amount,
    timeout: 30,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => ({ ...request, body: batchBody() }),
        onResponse: (status: number) => {
          lastAnswer = performance.now()
          if (status === 202) acknowledged += eventsPerBatch
          else other++
        },
      },
    ],
  })
  const seconds = (lastAnswer - started) / 1000
  return {
    eventsPerSecond: acknowledged / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    acknowledged,
    other,
    errors: result.errors + result.timeouts,
    seconds,
  }
}

/** Requests that take about `secondsPerRun` at the rate a 1-second warm-up reached. */
async function calibrate(url: string): Promise<number> {
  const result = await autocannon({
    url: `${url}/v1/events`,
    connections: 10,
    duration: 1,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      { setupRequest: (request: Record<string, unknown>) => ({ ...request, body: batchBody() }) },
    ],
  })
  await new Promise((resolve) => setTimeout(resolve, 500)) // let cut-off warm-up requests land
  return Math.max(2000, Math.round(result.requests.average * secondsPerRun))
}

async function postgresDatabase(): Promise<{ url: string; drop: () => Promise<void> } | string> {
  return (await postgresProblem()) ?? createTestDatabase('tracking_bench')
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits
const median = (values: number[]) => [...values].sort((a, b) => a - b)[(values.length - 1) >> 1]!

/** One load run and what it cost: the server's CPU, and whether every 202 was stored. */
type Measured = Run & { cpuPerEvent: number; alsoCpuPerEvent?: number; stored?: number }

async function measure(target: Target, connections: number, amount: number): Promise<Measured> {
  const pid = target.child.pid!
  const before = target.store ? await target.store.count() : 0
  const cpu = cpuSecondsOf(pid)
  const also = target.alsoCpuOf ? cpuSecondsOfCommand(target.alsoCpuOf) : 0
  const run = await load(target.url, connections, amount)
  const perEvent = (seconds: number) => (seconds * 1e6) / Math.max(1, run.acknowledged)
  return {
    ...run,
    cpuPerEvent: perEvent(cpuSecondsOf(pid) - cpu),
    alsoCpuPerEvent: target.alsoCpuOf
      ? perEvent(cpuSecondsOfCommand(target.alsoCpuOf) - also)
      : undefined,
    stored: target.store ? (await target.store.count()) - before : undefined,
  }
}

/** A store's median rate and whether every 202 was stored, at one connection count. */
type Outcome = { connections: number; rate: number; ceiling: number; allStored: boolean }

/** The goal row of one store: its ratio at saturation, and its best rate against the best ceiling. */
function goalRow(name: string, outcomes: Outcome[]): BenchRow {
  const saturated = outcomes.find((outcome) => outcome.connections === goal.connections)!
  const ratio = saturated.rate / saturated.ceiling
  const met = ratio >= goal.ratio && outcomes.every((outcome) => outcome.allStored)
  const best = Math.max(...outcomes.map((outcome) => outcome.rate))
  const bestCeiling = Math.max(...outcomes.map((outcome) => outcome.ceiling))
  const note = `goal ≥ ${goal.ratio} of the ceiling at ${goal.connections} connections, every 202 stored: ${met ? 'met' : 'NOT met'}; best rate ÷ best ceiling, any connections: ${round(best / bestCeiling, 2)}`
  console.log(`ingest: ${name}: ${round(ratio, 2)} of the ceiling; ${note}`)
  return { name: `${name}: goal`, value: round(ratio, 2), unit: 'ratio', note }
}

/** The rows of one target at one connection count, from its runs (the median run leads). */
function rowsFor(target: Target, connections: number, runs: Measured[], ceiling?: number) {
  const label = `${target.name}, ${connections} conns`
  const rate = median(runs.map((run) => run.eventsPerSecond))
  const typical = runs.find((run) => run.eventsPerSecond === rate)!
  const rates = runs.map((run) => round(run.eventsPerSecond, 0)).join(', ')
  const failures = runs.reduce((sum, run) => sum + run.other + run.errors, 0)
  const failed = failures ? `; ${failures} non-202 or errors` : ''
  const acknowledged = runs.reduce((sum, run) => sum + run.acknowledged, 0)
  const stored = runs.reduce((sum, run) => sum + (run.stored ?? 0), 0)
  const matches = runs.every((run) => run.stored === undefined || run.stored === run.acknowledged)
  if (!matches) {
    console.error(
      `\n!!!!! ingest: ${label}: ${acknowledged} acknowledged but ${stored} stored !!!!!\n`,
    )
    process.exitCode = 1
  }
  const ratio = ceiling ? rate / ceiling : undefined
  const cpu = median(runs.map((run) => run.cpuPerEvent))
  const also =
    runs[0]!.alsoCpuPerEvent === undefined
      ? undefined
      : median(runs.map((run) => run.alsoCpuPerEvent!))
  const rows: BenchRow[] = [
    {
      name: `${label}: events/s`,
      value: round(rate, 0),
      unit: 'events/s',
      baseline: ceiling && round(ceiling, 0),
      ratio: ratio && round(ratio, 2),
      note: target.store
        ? `median of ${rates}; value/ceiling; ${acknowledged} acknowledged, ${stored} stored: ${matches ? 'all stored' : 'MISMATCH'}${failed}`
        : `the ceiling: median of ${rates}${failed}`,
    },
    {
      name: `${label}: p50 / p99`,
      value: typical.p50,
      unit: 'ms',
      note: `p99 ${typical.p99} ms, of the median run`,
    },
    {
      name: `${label}: CPU per event`,
      value: round(cpu, 1),
      unit: 'µs',
      note:
        also === undefined
          ? 'user + system time of the server process (all threads), median'
          : `server process; the Postgres processes used another ${round(also, 1)} µs`,
    },
  ]
  const outcome = ceiling ? { connections, rate, ceiling, allStored: matches } : undefined
  console.log(
    `ingest: ${label}: ${round(rate, 0)} events/s${ratio ? ` (${round(ratio * 100, 0)}% of ceiling)` : ''} [${rates}], p50 ${typical.p50} ms, p99 ${typical.p99} ms, CPU ${round(cpu, 1)} µs/event${also === undefined ? '' : ` + Postgres ${round(also, 1)}`}${target.store ? `, stored ${stored}/${acknowledged}` : ''}${failed}`,
  )
  return { rows, outcome }
}

/** Runs the ingestion benchmark; see the comment at the top of this file. */
export default async function ingest(): Promise<BenchSection> {
  const rows: BenchRow[] = []
  const temp = mkdtempSync(join(tmpdir(), 'tracking-bench-'))
  const serverEnv = {
    TRACKING_PORT: '0',
    TRACKING_RATE_LIMIT: '1000000',
    TRACKING_LOG_LEVEL: 'warn',
  }
  const targets: Target[] = []
  const database = await postgresDatabase()
  try {
    targets.push({
      name: 'ceiling (bare node:http)',
      ...(await start(['--input-type=module', '-e', ceilingServer], {})),
    })
    const sqliteUrl = `sqlite:${join(temp, 'bench.db')}`
    targets.push({
      name: 'SQLite',
      ...(await start(['tracking/server.ts'], { ...serverEnv, TRACKING_DATABASE_URL: sqliteUrl })),
      store: await createStore(sqliteUrl),
    })
    if (typeof database === 'string') {
      console.warn(`ingest: SKIPPING Postgres: ${database}`)
      rows.push({ name: 'Postgres', value: 0, unit: 'events/s', note: `skipped: ${database}` })
    } else {
      targets.push({
        name: 'Postgres',
        ...(await start(['tracking/server.ts'], {
          ...serverEnv,
          TRACKING_DATABASE_URL: database.url,
        })),
        store: await createStore(database.url),
        alsoCpuOf: 'postgres',
      })
    }

    const amounts = new Map<Target, number>()
    const outcomes = new Map<Target, Outcome[]>()
    for (const target of targets) amounts.set(target, await calibrate(target.url))
    for (const connections of connectionCounts) {
      const runs = new Map<Target, Measured[]>(targets.map((target) => [target, []]))
      for (let i = 0; i < rounds; i++) {
        for (const target of targets) {
          const amount = Math.max(amounts.get(target)!, connections * 5)
          runs.get(target)!.push(await measure(target, connections, amount))
        }
      }
      const ceiling = median(runs.get(targets[0]!)!.map((run) => run.eventsPerSecond))
      for (const target of targets) {
        const result = rowsFor(target, connections, runs.get(target)!, target.store && ceiling)
        rows.push(...result.rows)
        if (result.outcome) outcomes.set(target, [...(outcomes.get(target) ?? []), result.outcome])
      }
    }
    for (const [target, results] of outcomes) rows.push(goalRow(target.name, results))
  } finally {
    for (const target of targets) {
      await target.store?.close()
      await stop(target.child)
    }
    if (typeof database !== 'string') await database.drop()
    rmSync(temp, { recursive: true, force: true })
  }
  return { title: 'Ingestion: POST /v1/events, batches of 10 events', rows }
}
