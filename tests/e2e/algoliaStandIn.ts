import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'

/** A request the search client made, as the stand-in saw it. */
export type SeenRequest = {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: { requests?: ({ query?: string } & Record<string, unknown>)[] } | null
}

/**
 * A local HTTP server standing in for Algolia's search host: records every request of the real
 * client (algoliasearch lite) and answers `POST /1/indexes/* /queries` with the given hits.
 */
export async function algoliaStandIn(
  port: number,
  hits: Record<string, unknown>[],
): Promise<{ server: Server; seen: SeenRequest[] }> {
  const seen: SeenRequest[] = []
  const server = createServer((request, response) => {
    const cors = {
      'access-control-allow-origin': request.headers.origin ?? '*',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': request.headers['access-control-request-headers'] ?? '*',
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors).end()
      return
    }
    let text = ''
    request.on('data', (chunk: Buffer) => (text += chunk.toString()))
    request.on('end', () => {
      const body = text ? (JSON.parse(text) as SeenRequest['body']) : null
      seen.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body,
      })
      const query = body?.requests?.[0]?.query ?? ''
      response.writeHead(200, { ...cors, 'content-type': 'application/json' })
      response.end(
        JSON.stringify({
          results: [
            {
              hits,
              nbHits: hits.length,
              page: 0,
              nbPages: 1,
              hitsPerPage: 20,
              processingTimeMS: 1,
              query,
              params: '',
            },
          ],
        }),
      )
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { server, seen }
}
