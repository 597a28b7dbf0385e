import type { FastifyInstance } from 'fastify'
import type { Clock } from '../clock.ts'
import { ApiError } from '../errors.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `false`: requests to this route are not counted (health checks, the API description). */
    rateLimit?: false
  }
}

const windowMs = 60_000

const groupsOf = (part: string) => (part === '' ? [] : part.split(':'))

/** The eight 16-bit groups of an IPv6 address, `::` expanded. */
function ipv6Groups(address: string): number[] {
  const double = address.indexOf('::')
  const head = groupsOf(double < 0 ? address : address.slice(0, double))
  const tail = double < 0 ? [] : groupsOf(address.slice(double + 2))
  // A dotted IPv4 ending (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) takes two groups.
  const last = (double < 0 ? head : tail).at(-1)
  if (last?.includes('.')) (double < 0 ? head : tail).splice(-1, 1, '0', '0')
  const zeros = Array.from({ length: Math.max(0, 8 - head.length - tail.length) }, () => '0')
  return [...head, ...zeros, ...tail].map((group) => Number.parseInt(group, 16) || 0)
}

/**
 * The key a client is counted under: its IPv4 address, or the /56 network of its IPv6 address
 * (what a provider gives one household or site), so that taking new addresses from its own
 * network does not reset a client's count.
 * @example clientKey('::ffff:10.0.0.7') // '10.0.0.7'
 * @example clientKey('2001:db8:1:2ab::5') // '2001:db8:1:200::/56'
 */
export function clientKey(ip: string): string {
  const address = ip.split('%')[0]!
  if (!address.includes(':')) return address
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return mapped[1]!
  const [a, b, c, d] = ipv6Groups(address.toLowerCase())
  return `${a!.toString(16)}:${b!.toString(16)}:${c!.toString(16)}:${(d! & 0xff00).toString(16)}::/56`
}

/**
 * A per-client limit of `perMinute` requests in each minute (fixed windows), kept in memory
 * only: the addresses are never stored or logged, and all are forgotten when the window
 * ends. Past the limit a request is answered 429 with Retry-After before anything reads its
 * body. One synchronous hook: @fastify/rate-limit's chain of promises per request cost about
 * as much as validating the batch.
 */
export function registerRateLimit(app: FastifyInstance, perMinute: number, clock: Clock): void {
  let windowStart = clock.now()
  let counts = new Map<string, number>()
  app.addHook('onRequest', (request, reply, done) => {
    // Fastify's own request code reads a route's config as optional (fastify/lib/request.js).
    const routeConfig = request.routeOptions.config as { rateLimit?: unknown } | undefined
    if (routeConfig?.rateLimit === false) {
      done()
      return
    }
    const now = clock.now()
    if (now - windowStart >= windowMs || now < windowStart) {
      windowStart = now
      counts = new Map()
    }
    const key = clientKey(request.ip)
    const count = (counts.get(key) ?? 0) + 1
    counts.set(key, count)
    if (count <= perMinute) {
      done()
      return
    }
    reply.header('retry-after', String(Math.ceil((windowStart + windowMs - now) / 1000)))
    done(new ApiError(429, 'rate_limited'))
  })
}
