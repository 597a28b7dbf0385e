import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requirePostgres } from '../lib/postgres.ts'
import { makeBatch, newSubject } from './helpers/events.ts'
import { createTestDatabase } from './helpers/postgres.ts'
import { exited, startServer } from './helpers/server.ts'
import { tempSqliteFile } from './helpers/sqlite.ts'

/** A database the crashed server and its restart share, and how to remove it afterwards. */
type Database = { url: string; remove: () => Promise<void> | void }

const postgres = await requirePostgres('the tracking crash test on Postgres')

const backends: { name: string; skip: boolean; open: () => Promise<Database> }[] = [
  {
    name: 'SQLite (the same file)',
    skip: false,
    open: async () => tempSqliteFile(),
  },
  {
    name: 'Postgres (the same database)',
    skip: !postgres,
    open: async () => {
      const database = await createTestDatabase('tracking_crash')
      return { url: database.url, remove: database.drop }
    },
  },
]

describe.each(backends)('a crash under load on $name', ({ open, skip }) => {
  let database: Database | undefined
  beforeAll(async () => {
    if (!skip) database = await open()
  })
  afterAll(async () => {
    await database?.remove()
  })

  it.skipIf(skip)('keeps every event id that got a 202 after SIGKILL and a restart', async () => {
    const env = { TRACKING_DATABASE_URL: database!.url, TRACKING_RATE_LIMIT: '0' }
    const server = await startServer(env)
    const acknowledged: string[] = []
    const subjects: string[] = []
    let inFlight = 0
    let killed = false

    // 50 clients each sending batches of 10 as fast as answers come back.
    const client = async () => {
      const subject = newSubject()
      subjects.push(subject)
      while (!killed) {
        const batch = makeBatch(10, subject)
        inFlight++
        try {
          const response = await fetch(`${server.url}/v1/events`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ events: batch }),
          })
          if (response.status === 202) acknowledged.push(...batch.map((event) => event.id))
          await response.arrayBuffer()
        } catch {
          // Refused or cut off by the kill: not acknowledged, so no promise made.
        } finally {
          inFlight--
        }
      }
    }
    const clients = Array.from({ length: 50 }, client)
    // Kill once a good amount has been acknowledged, in the middle of the load.
    while (acknowledged.length < 5000) await new Promise((resolve) => setTimeout(resolve, 20))
    const inFlightAtKill = inFlight
    server.child.kill('SIGKILL')
    killed = true
    await exited(server.child)
    await Promise.all(clients)
    expect(server.child.signalCode).toBe('SIGKILL')
    expect(inFlightAtKill).toBeGreaterThan(0)

    const restarted = await startServer(env)
    try {
      const stored = new Set<string>()
      for (const subject of subjects) {
        const response = await fetch(`${restarted.url}/v1/subjects/${subject}/events`)
        const body = (await response.json()) as { events: Array<{ id: string }> }
        for (const event of body.events) stored.add(event.id)
      }
      const missing = acknowledged.filter((id) => !stored.has(id))
      expect(missing).toEqual([])
      // Batches cut off by the kill may or may not have been stored; nothing else may be.
      expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length)
      expect(stored.size - acknowledged.length).toBeLessThanOrEqual(inFlightAtKill * 10)
    } finally {
      restarted.child.kill('SIGTERM')
      await exited(restarted.child)
    }
  })
})
