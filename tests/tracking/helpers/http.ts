import type { FastifyInstance } from 'fastify'
import { buildApp, loadConfig, type Store } from '../../../tracking/index.ts'
import { testReadToken } from '../fixtures/badRequests.ts'

/** A request in the shape both transports take. */
export type Request = {
  method: string
  url: string
  headers?: Record<string, string>
  body?: string
}
/** What came back, from either transport. */
export type Answer = { status: number; headers: Record<string, string>; body: unknown }

/** Builds the app as the server does, silent, with the fixtures' read token. */
export async function testApp(
  store: Store,
  env: Record<string, string> = {},
): Promise<FastifyInstance> {
  const config = loadConfig({
    TRACKING_READ_TOKEN: testReadToken,
    TRACKING_LOG_LEVEL: 'silent',
    ...env,
  })
  return buildApp({ store, config, retention: false })
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** Sends a request through Fastify's inject (no socket). */
export async function viaInject(app: FastifyInstance, request: Request): Promise<Answer> {
  const response = await app.inject({
    method: request.method as 'GET',
    url: request.url,
    headers: request.headers,
    payload: request.body,
  })
  return {
    status: response.statusCode,
    headers: response.headers as Record<string, string>,
    body: parse(response.body),
  }
}

/** Sends a request over a real TCP socket to a listening app. */
export async function viaSocket(baseUrl: string, request: Request): Promise<Answer> {
  const response = await fetch(baseUrl + request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  })
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: parse(await response.text()),
  }
}
