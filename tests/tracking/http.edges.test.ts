import { Writable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, loadConfig, type Store, type TrackingEvent } from '../../tracking/index.ts'
import { testReadToken } from './fixtures/badRequests.ts'
import { backends, type Backend } from './helpers/backends.ts'
import { makeBatch, makeEvent, newSubject } from './helpers/events.ts'
import { viaInject } from './helpers/http.ts'
import { closeOpened } from './helpers/closeOpened.ts'

const json = { 'content-type': 'application/json' }
const postBody = (events: TrackingEvent[]) => ({
  method: 'POST',
  url: '/v1/events',
  headers: json,
  body: JSON.stringify({ events }),
})

describe('the API’s edges', () => {
  let backend: Backend
  let store: Store
  let app: FastifyInstance
  const lines: string[] = []
  beforeAll(async () => {
    backend = await backends[0].make()
    store = await backend.open()
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    const config = loadConfig({
      TRACKING_READ_TOKEN: testReadToken,
      TRACKING_ALLOWED_ORIGINS: 'http://localhost:4321,https://jobunivers.dk',
    })
    app = await buildApp({ store, config, retention: false, logger: { level: 'info', stream } })
  })
  afterAll(() => closeOpened({ app, store, backend }))

  it('lets the site’s origins through CORS and no other', async () => {
    const preflight = (origin: string) =>
      viaInject(app, {
        method: 'OPTIONS',
        url: '/v1/events',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      })
    const allowed = await preflight('https://jobunivers.dk')
    expect(allowed.headers['access-control-allow-origin']).toBe('https://jobunivers.dk')
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined()
    const refused = await preflight('https://evil.example')
    expect(refused.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('sends security headers', async () => {
    const { headers } = await viaInject(app, { method: 'GET', url: '/healthz' })
    expect(headers['x-content-type-options']).toBe('nosniff')
    // HTTPS only for at least a year, subdomains included.
    const hsts = String(headers['strict-transport-security'])
    expect(Number(/(?:^|;)\s*max-age=(\d+)/i.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000)
    expect(hsts).toMatch(/(?:^|;)\s*includeSubDomains\s*(?:;|$)/i)
    // A JSON API lets nothing load and nobody frame it: every directive, and only these.
    const csp = new Map(
      String(headers['content-security-policy'])
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name, ...values]) => [name!.toLowerCase(), values.join(' ')]),
    )
    expect(Object.fromEntries(csp)).toEqual({
      'default-src': "'none'",
      'frame-ancestors': "'none'",
    })
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['x-powered-by']).toBeUndefined()
    // Headers for HTML pages, and the limiter's counters, are not sent on an ordinary answer.
    expect(headers['x-xss-protection']).toBeUndefined()
    expect(headers['x-ratelimit-remaining']).toBeUndefined()
  })

  it('describes itself as OpenAPI 3.1 with every endpoint', async () => {
    const { status, body } = await viaInject(app, { method: 'GET', url: '/openapi.json' })
    expect(status).toBe(200)
    const document = body as { openapi: string; paths: Record<string, Record<string, unknown>> }
    expect(document.openapi).toBe('3.1.0')
    expect(Object.keys(document.paths).sort()).toEqual(
      [
        '/healthz',
        '/readyz',
        '/v1/events',
        '/v1/stats/flows',
        '/v1/stats/flows/{flow}',
        '/v1/stats/flows/{flow}/alternative',
        '/v1/stats/flows/{flow}/answer-groups',
        '/v1/stats/flows/{flow}/experiment',
        '/v1/stats/flows/{flow}/plan-funnels',
        '/v1/stats/questions',
        '/v1/subjects/{subject}',
        '/v1/subjects/{subject}/events',
      ].sort(),
    )
    expect(document.paths['/v1/events']!.post).toMatchObject({
      requestBody: { content: { 'application/json': {} } },
    })
  })

  it('logs no event body, client address, user agent or cookie', async () => {
    lines.length = 0
    const subject = newSubject()
    await viaInject(app, {
      ...postBody([makeEvent({ subject, variant: 'secret-variant' })]),
      headers: {
        ...json,
        'user-agent': 'UniqueAgent/1.0',
        cookie: 'session=cookie-value',
        'x-forwarded-for': '203.0.113.9',
      },
    })
    await viaInject(app, {
      ...postBody([makeEvent({ subject, colour: 'scarlet' } as never)]),
      headers: { ...json, 'user-agent': 'UniqueAgent/1.0' },
    })
    await viaInject(app, { method: 'GET', url: `/v1/subjects/${subject}/events` })
    const log = lines.join('')
    expect(lines.length).toBeGreaterThanOrEqual(3)
    for (const secret of [
      subject,
      'secret-variant',
      'UniqueAgent',
      'cookie-value',
      '203.0.113.9',
      '127.0.0.1',
      'scarlet',
    ]) {
      expect(log).not.toContain(secret)
    }
    expect(log).toContain('"route":"/v1/subjects/:subject/events"')
  })

  it('refuses statistics to everyone when no read token is configured', async () => {
    const open = await buildApp({
      store,
      config: loadConfig({ TRACKING_LOG_LEVEL: 'silent' }),
      retention: false,
    })
    for (const authorization of ['Bearer undefined', 'Bearer ', `Bearer ${testReadToken}`]) {
      const answer = await viaInject(open, {
        method: 'GET',
        url: '/v1/stats/flows',
        headers: { authorization },
      })
      expect(answer.status).toBe(401)
    }
    await open.close()
  })

  it('answers 500 in the one error shape when the database fails, logging no event', async () => {
    const broken = await backends[0].make()
    const brokenStore = await broken.open()
    await brokenStore.close() // a store whose writer has gone: every insert fails
    const output: string[] = []
    const stream = new Writable({
      write(chunk, _encoding, done) {
        output.push(String(chunk))
        done()
      },
    })
    const failing = await buildApp({
      store: brokenStore,
      config: loadConfig({}),
      retention: false,
      logger: { level: 'info', stream },
    })
    const subject = newSubject()
    const answer = await viaInject(failing, postBody(makeBatch(2, subject)))
    expect(answer.status).toBe(500)
    expect(answer.body).toEqual({
      error: {
        status: 500,
        code: 'internal_error',
        message: expect.not.stringContaining('SQLite') as unknown,
      },
    })
    expect(output.join('')).toContain('request failed')
    expect(output.join('')).not.toContain(subject)
    await failing.close()
    await broken.dispose()
  })
})
