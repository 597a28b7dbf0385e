import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, loadConfig, type Store } from '../../tracking/index.ts'
import { clientKey } from '../../tracking/plugins/rateLimit.ts'
import { backends, type Backend } from './helpers/backends.ts'
import { makeBatch, newSubject } from './helpers/events.ts'
import { closeOpened } from './helpers/closeOpened.ts'

describe('clientKey', () => {
  it('counts an IPv4 client by its address, also when it arrives mapped into IPv6', () => {
    expect(clientKey('10.0.0.7')).toBe('10.0.0.7')
    expect(clientKey('::ffff:10.0.0.7')).toBe('10.0.0.7')
    expect(clientKey('::FFFF:10.0.0.7')).toBe('10.0.0.7')
  })

  it('counts an IPv6 client by its /56 network, however the address is written', () => {
    const key = clientKey('2001:db8:1:2ab::5')
    expect(key).toBe('2001:db8:1:200::/56')
    expect(clientKey('2001:0db8:0001:02ff:ffff:ffff:ffff:ffff')).toBe(key)
    expect(clientKey('2001:DB8:1:200:0:0:0:1%eth0')).toBe(key)
    expect(clientKey('2001:db8:1:300::5')).not.toBe(key)
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/56')
    expect(clientKey('::1')).toBe('0:0:0:0::/56')
    expect(clientKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/56')
  })
})

describe('the rate limit over time and clients', () => {
  let backend: Backend
  let store: Store
  let app: FastifyInstance
  let now = Date.parse('2026-12-02T10:00:00.000Z')
  beforeAll(async () => {
    backend = await backends[0].make()
    store = await backend.open()
    const config = loadConfig({ TRACKING_RATE_LIMIT: '2', TRACKING_LOG_LEVEL: 'silent' })
    app = await buildApp({ store, config, clock: { now: () => now }, retention: false })
  })
  afterAll(() => closeOpened({ app, store, backend }))

  const post = (remoteAddress: string) =>
    app.inject({
      method: 'POST',
      url: '/v1/events',
      remoteAddress,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ events: makeBatch(1, newSubject()) }),
    })

  it('counts each client on its own, a whole IPv6 /56 as one, and starts again each minute', async () => {
    expect((await post('10.0.0.1')).statusCode).toBe(202)
    expect((await post('10.0.0.1')).statusCode).toBe(202)
    now += 20_000
    const refused = await post('10.0.0.1')
    expect(refused.statusCode).toBe(429)
    expect(refused.headers['retry-after']).toBe('40')
    expect((await post('10.0.0.2')).statusCode).toBe(202)

    expect((await post('2001:db8:1:201::1')).statusCode).toBe(202)
    expect((await post('2001:db8:1:2fe::9')).statusCode).toBe(202)
    expect((await post('2001:db8:1:2aa::3')).statusCode).toBe(429)

    now += 40_000
    expect((await post('10.0.0.1')).statusCode).toBe(202)
  })

  it('never counts health checks', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await app.inject({ url: '/healthz', remoteAddress: '10.0.0.9' })).statusCode).toBe(
        200,
      )
    }
    expect((await post('10.0.0.9')).statusCode).toBe(202)
  })
})
