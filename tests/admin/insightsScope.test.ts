// Indsigt's scope on the server: whose numbers each user may read, and that every request to
// the real tracking API (SQLite, a real socket) asks for that scope's numbers whatever its
// query says. Thisted (787) has 6 citizens in the flow, Aarhus (751) 3.
import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { insightsScope } from '../../cms/admin/insights/insightsScope.ts'
import { withStatsScope, type StatsScope } from '../../cms/admin/insights/statsScope.ts'
import { trackingStats, type FlowsStats } from '../../cms/admin/insights/trackingStats.ts'
import { testReadToken } from '../tracking/fixtures/badRequests.ts'
import { sqliteBackend } from '../tracking/helpers/backends.ts'
import { closeOpened } from '../tracking/helpers/closeOpened.ts'
import { makeEvent, newFlow, newSubject } from '../tracking/helpers/events.ts'
import { serveTestApp, type ServedApp } from '../tracking/helpers/servedApp.ts'

const flow = newFlow()
const started = (municipality: string) =>
  makeEvent({ subject: newSubject(), type: 'flow_started', flow, step: undefined, municipality })

let served: ServedApp
let env: NodeJS.ProcessEnv
beforeAll(async () => {
  served = await serveTestApp(sqliteBackend)
  env = { NODE_ENV: 'test', TRACKING_URL: served.baseUrl, TRACKING_READ_TOKEN: testReadToken }
  const events = [...Array.from({ length: 6 }, () => started('787')), started('751')]
  await served.store.insert([...events, started('751'), started('751')], Date.now())
})
afterAll(() => closeOpened(served))

/** The flow's row as read in a scope, with `query` as the caller asks. */
async function readIn(scope: StatsScope, query: Record<string, string> = {}) {
  const result = await withStatsScope(scope, () =>
    trackingStats<FlowsStats & { municipality?: string }>('/v1/stats/flows', query, env),
  )
  if (!result.ok) return result
  return {
    municipality: result.data.municipality,
    row: result.data.flows.find((row) => row.flow === flow),
  }
}

const thistedEditor: StatsScope = { kind: 'municipality', municipality: '787', name: 'Thisted' }

describe('every tracking API request asks for the scope’s numbers', () => {
  test("a municipality's editor reads their own municipality, even asking for another's", async () => {
    const queries: Record<string, string>[] = [{}, { municipality: '751' }, { municipality: '' }]
    for (const query of queries) {
      expect(await readIn(thistedEditor, query)).toMatchObject({
        municipality: '787',
        row: { started: 6 },
      })
    }
  })

  test('national staff read the totals, or the municipality they picked, "<5" there too', async () => {
    const national: StatsScope = { kind: 'national', municipality: null }
    const totals = await readIn(national, { municipality: '751' })
    expect(totals).toMatchObject({ row: { started: 9 } })
    expect(totals).toHaveProperty('municipality', undefined)
    expect(await readIn({ kind: 'national', municipality: '751' })).toMatchObject({
      municipality: '751',
      row: { started: '<5' },
    })
  })

  test('an unresolved scope reads nothing', async () => {
    expect(await readIn({ kind: 'unresolved' })).toEqual({ ok: false, reason: 'out-of-scope' })
  })
})

/** A request of a user, with the municipalities collection answering `found` for their id. */
function requestOf(user: Record<string, unknown> | null, found: unknown = null) {
  const asked: unknown[] = []
  const payload = {
    findByID: (args: unknown) => {
      asked.push(args)
      return Promise.resolve(found)
    },
  }
  return { req: { user, payload } as unknown as Pick<PayloadRequest, 'user' | 'payload'>, asked }
}

describe('whose numbers a user may read', () => {
  test('admins and national staff: the totals, or an official code they ask for', async () => {
    for (const user of [
      { role: 'admin', municipality: 7 },
      { role: 'editor', municipality: null },
      { role: 'reviewer' },
    ]) {
      const { req } = requestOf(user)
      expect(await insightsScope(req, undefined)).toEqual({ kind: 'national', municipality: null })
      expect(await insightsScope(req, '787')).toEqual({ kind: 'national', municipality: '787' })
      for (const bad of ['999', 'Thisted', "787' OR 1=1"])
        expect(await insightsScope(req, bad)).toEqual({ kind: 'national', municipality: null })
    }
  })

  test("a municipality's staff: their own municipality's code, whatever they ask for", async () => {
    const { req, asked } = requestOf(
      { role: 'editor', municipality: { id: 7, code: '787' } },
      { id: 7, code: '787', name: 'Thisted Kommune' },
    )
    for (const wish of [undefined, '751', ''])
      expect(await insightsScope(req, wish)).toEqual({
        kind: 'municipality',
        municipality: '787',
        name: 'Thisted Kommune',
      })
    expect(asked[0]).toMatchObject({ collection: 'municipalities', id: 7 })
  })

  test('a municipality without an official code, or gone: no numbers', async () => {
    for (const found of [null, { id: 7, code: '999', name: 'Prøve' }]) {
      const { req } = requestOf({ role: 'publisher', municipality: 7 }, found)
      expect(await insightsScope(req, '787')).toEqual({ kind: 'unresolved' })
    }
  })
})
