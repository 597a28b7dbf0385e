import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../tracking/helpers/server.ts'
import { tempSqliteFile } from '../tracking/helpers/sqlite.ts'
import { hostileRequests } from './lib/hostile.ts'
import { directives, wire } from './lib/httpGet.ts'
import { headerOf, message, rawRequest, type RawAnswer } from './lib/rawHttp.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'

const temp = tempSqliteFile()
let server: RunningServer
const alive = () => server.child.exitCode === null && server.child.signalCode === null
const json = { 'content-type': 'application/json' }
const secretBody = '{"events":[{"id":"SECRET-BODY-MARKER'

/** The API's requests with a hostile twist: bad types, truncated and oversized JSON. */
const apiHostile: { name: string; request: string; allowed: number[] }[] = [
  {
    name: 'text/plain body',
    request: message('POST', '/v1/events', { 'content-type': 'text/plain' }, 'hello'),
    allowed: [415],
  },
  {
    name: 'XML body',
    request: message('POST', '/v1/events', { 'content-type': 'application/xml' }, '<events/>'),
    allowed: [415],
  },
  {
    name: 'no content type',
    request: message('POST', '/v1/events', {}, '{"events":[]}'),
    allowed: [400, 415],
  },
  {
    name: 'truncated JSON',
    request: message('POST', '/v1/events', json, secretBody),
    allowed: [400],
  },
  {
    name: 'JSON with a bad token',
    request: message('POST', '/v1/events', json, '{"events":SECRET-BODY-MARKER}'),
    allowed: [400],
  },
  { name: 'JSON null', request: message('POST', '/v1/events', json, 'null'), allowed: [400] },
  {
    name: 'deeply nested JSON',
    request: message('POST', '/v1/events', json, `${'['.repeat(5000)}${']'.repeat(5000)}`),
    allowed: [400],
  },
  {
    name: 'bad Content-Length',
    request:
      'POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\nConnection: close\r\n\r\n{}',
    allowed: [400],
  },
  {
    name: 'PUT on the events',
    request: message('PUT', '/v1/events', json, '{}'),
    allowed: [404, 405],
  },
  {
    name: 'malformed URL on the API',
    request: message('GET', '/v1/stats/%E0%A4%A'),
    allowed: [400, 401, 404],
  },
  {
    name: 'an experiment query of 10,000 variants',
    request: message(
      'GET',
      `/v1/stats/flows/x/experiment?variants=${Array.from({ length: 10_000 }, (_, i) => `v${i}:1`).join(',')}`,
      { authorization: 'Bearer hardening-read-token-0123456789' },
    ),
    allowed: [400, 414, 431],
  },
  {
    name: 'an experiment outcome as an array',
    request: message(
      'GET',
      '/v1/stats/flows/x/experiment?variants=a:50,b:50&outcome[]=flow_completed&outcome[]=x',
      { authorization: 'Bearer hardening-read-token-0123456789' },
    ),
    allowed: [400],
  },
  {
    name: 'malformed query',
    request: message('GET', '/v1/stats/flows?from=%E0%A4%A', { authorization: 'Bearer x' }),
    allowed: [400, 401],
  },
]

beforeAll(async () => {
  server = await startServer({
    TRACKING_DATABASE_URL: temp.url,
    TRACKING_RATE_LIMIT: '0',
    TRACKING_LOG_LEVEL: 'info',
    TRACKING_READ_TOKEN: 'hardening-read-token-0123456789',
  })
})
afterAll(async () => {
  if (mayBeUnset(server) && alive()) {
    server.child.kill('SIGTERM')
    await new Promise((resolve) => server.child.once('exit', resolve))
  }
  temp.remove()
})

const stillAnswers = async () => {
  expect(alive()).toBe(true)
  const health = await wire(`${server.url}/healthz`)
  expect(health.status).toBe(200)
}

describe('the tracking API under hostile requests, over a real socket', () => {
  for (const hostile of [...hostileRequests(), ...apiHostile]) {
    it(`answers ${hostile.name} with ${hostile.allowed.join('/')} and still answers /healthz`, async () => {
      const answer: RawAnswer = await rawRequest(server.url, hostile.request)
      expect(hostile.allowed).toContain(answer.status)
      expect(answer.body).not.toContain('root:')
      await stillAnswers()
    })
  }

  it('answers a body cut short (Content-Length never reached) when its time runs out, and lives', async () => {
    const partial = `POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"events":[`
    const answer = await rawRequest(server.url, partial, 25_000)
    expect(answer.closed).toBe(true)
    expect([0, 400, 408]).toContain(answer.status)
    await stillAnswers()
  }, 30_000)

  it('cuts off a client that never finishes its headers (slowloris) and lives', async () => {
    const answer = await rawRequest(
      server.url,
      'GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: 1',
      25_000,
    )
    expect(answer.closed).toBe(true)
    await stillAnswers()
  }, 30_000)

  it('logs refusals and failures without the request body', () => {
    expect(server.output()).not.toContain('SECRET-BODY-MARKER')
  })
})

describe('the tracking API’s headers', () => {
  it('sends nosniff, a deny-all CSP, frame refusal and a referrer policy', async () => {
    const answer = await rawRequest(server.url, message('GET', '/healthz'))
    const csp = directives(headerOf(answer, 'content-security-policy'))
    expect(csp['default-src']).toBe("'none'")
    expect(csp['frame-ancestors']).toBe("'none'")
    expect(headerOf(answer, 'x-content-type-options')).toBe('nosniff')
    expect(headerOf(answer, 'x-frame-options')).toBe('DENY')
    expect(headerOf(answer, 'referrer-policy')).toBe('no-referrer')
  })
})
