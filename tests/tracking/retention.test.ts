import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildApp, loadConfig, startRetention, type Store } from '../../tracking/index.ts'
import { sqliteBackend, type Backend } from './helpers/backends.ts'
import { makeBatch, newSubject } from './helpers/events.ts'
import { closeOpened } from './helpers/closeOpened.ts'

const day = 24 * 60 * 60 * 1000
const silent = { info: () => {}, error: () => {} }

describe('retention run by the service', () => {
  let backend: Backend
  let store: Store
  beforeAll(async () => {
    backend = await sqliteBackend()
    store = await backend.open()
  })
  afterAll(() => closeOpened({ store, backend }))
  afterEach(() => vi.useRealTimers())

  it('deletes old events at start and again every day as the clock moves on', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    let now = Date.UTC(2027, 0, 1)
    const clock = { now: () => now }
    const subject = newSubject()
    await store.insert(makeBatch(2, subject), now - 200 * day) // past 180 days already
    await store.insert(makeBatch(3, subject), now - 179.5 * day) // crosses 180 days tomorrow
    await store.insert(makeBatch(4, subject), now - 10 * day)

    const retention = startRetention({ store, retentionDays: 180, clock, log: silent })
    await retention.settled()
    expect(await store.eventsOf(subject)).toHaveLength(7)

    now += day
    vi.advanceTimersByTime(day)
    await retention.settled()
    expect(await store.eventsOf(subject)).toHaveLength(4)
    await retention.stop()

    now += 365 * day
    vi.advanceTimersByTime(day)
    await retention.settled()
    expect(await store.eventsOf(subject)).toHaveLength(4) // stopped: nothing runs any more
  })

  it('starts with the app, using TRACKING_RETENTION_DAYS and the app’s clock', async () => {
    const subject = newSubject()
    const now = Date.now()
    await store.insert(makeBatch(2, subject), now - 31 * day)
    await store.insert(makeBatch(1, subject), now - 29 * day)
    const config = loadConfig({ TRACKING_RETENTION_DAYS: '30', TRACKING_LOG_LEVEL: 'silent' })
    const app = await buildApp({ store, config, clock: { now: () => now } })
    await app.ready()
    await vi.waitFor(async () => expect(await store.eventsOf(subject)).toHaveLength(1))
    await app.close()
  })
})
