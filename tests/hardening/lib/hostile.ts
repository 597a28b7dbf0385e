import { message as send } from './rawHttp.ts'

/** A hostile request and the statuses a server may answer it with (0: it closed the socket). */
export type Hostile = { name: string; request: string; allowed: number[] }

const big = (kb: number) => 'a'.repeat(kb * 1024)

/**
 * Requests every server gets thrown at it: malformed percent-encoding, traversal in its
 * plain, encoded and backslash forms, NUL bytes, bare and unknown methods, an over-long URL,
 * over-long headers and cookies (20–100 KB), a garbage request line. `headers` go with each
 * (a login cookie, say). None may kill the
 * process or hang it; each must get a 4xx/5xx (or a closed socket for what is not HTTP).
 */
export function hostileRequests(base = '', headers: Record<string, string> = {}): Hostile[] {
  const client = [400, 404, 405, 414, 431]
  const message = (method: string, target: string, more: Record<string, string> = {}) =>
    send(method, target, { ...headers, ...more })
  return [
    {
      name: 'malformed percent-encoding',
      request: message('GET', `${base}/%E0%A4%A`),
      allowed: [400, 404],
    },
    { name: 'lone percent sign', request: message('GET', `${base}/%`), allowed: [400, 404] },
    {
      name: 'dot-dot traversal',
      request: message('GET', `${base}/../../../../etc/passwd`),
      allowed: [400, 404],
    },
    {
      name: 'encoded traversal',
      request: message('GET', `${base}/%2e%2e/%2e%2e/%2e%2e/etc/passwd`),
      allowed: [400, 404],
    },
    {
      name: 'backslash traversal',
      request: message('GET', `${base}/..%5c..%5c..%5cetc%5cpasswd`),
      allowed: [400, 404],
    },
    { name: 'NUL byte', request: message('GET', `${base}/index.html%00.txt`), allowed: [400, 404] },
    {
      name: 'unknown method',
      request: message('BREW', base || '/'),
      allowed: [400, 404, 405, 501],
    },
    { name: 'DELETE', request: message('DELETE', base || '/'), allowed: [400, 401, 403, 404, 405] },
    {
      name: 'over-long URL (64 KB)',
      request: message('GET', `${base}/${big(64)}`),
      allowed: [...client, 0],
    },
    {
      name: 'over-long header (20 KB)',
      request: message('GET', `${base}/`, { 'x-filler': big(20) }),
      allowed: [431, 400, 0],
    },
    {
      name: 'over-long cookie (100 KB)',
      request: message('GET', `${base}/`, { cookie: `a=${big(100)}` }),
      allowed: [431, 400, 0],
    },
    { name: 'garbage request line', request: 'HELLO THERE\r\n\r\n', allowed: [400, 0] },
    {
      name: 'absolute-form target',
      request: message('GET', 'http://evil.example/'),
      allowed: [...client, 0],
    },
  ]
}
