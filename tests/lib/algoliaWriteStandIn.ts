import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** A request the real algoliasearch client sent, as the stand-in saw it. */
export type AlgoliaRequest = {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: { requests?: { action: string; body: Record<string, unknown> }[] } & Record<string, unknown>
}

/**
 * A stand-in for Algolia's write hosts: records what the
 * real client sends and answers every task as published, every write with a task id.
 * ALGOLIA_HOST=127.0.0.1:<port> points the client at it.
 */
export async function algoliaWriteStandIn(): Promise<{
  host: string
  seen: AlgoliaRequest[]
  close: () => Promise<void>
}> {
  const seen: AlgoliaRequest[] = []
  const server = http.createServer((request, response) => {
    let raw = ''
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()))
    request.on('end', () => {
      const path = (request.url ?? '').split('?')[0]!
      seen.push({
        method: request.method ?? '',
        path,
        headers: request.headers,
        body: raw ? (JSON.parse(raw) as AlgoliaRequest['body']) : {},
      })
      const answer = path.includes('/task/')
        ? { status: 'published' }
        : { taskID: 1, updatedAt: new Date().toISOString(), objectIDs: [] }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
