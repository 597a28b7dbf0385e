import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Payload } from 'payload'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { importSampleContent } from '../../cms/seed/importSampleContent.ts'
import { projectRoot, startCms, type CmsHarness } from '../cms/harness.ts'

type Handler = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

const handlers = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }

/** A request as the CMS received it over the socket. */
type ReceivedRequest = { method: string; url: string; headers: http.IncomingHttpHeaders }

/** The test harness's Payload, with the sample content imported, served over real HTTP. */
export type ServedCms = CmsHarness & {
  /** `http://127.0.0.1:<port>`, for `CMS_URL`. */
  url: string
  /** Every request the server received, in order. */
  requests: ReceivedRequest[]
  close: () => Promise<void>
}

/**
 * Starts Payload on a fresh SQLite database, imports the sample content (`content/`), and
 * serves Payload's own REST route handlers (the ones `next start` mounts at `/api/*`) on a
 * local port, so the site's loader reads from it with a real `fetch`.
 */
export async function startServedCms(): Promise<ServedCms> {
  const harness = await startCms('sqlite')
  try {
    await importSampleContent(harness.payload, path.join(projectRoot, 'content'))
  } catch (error) {
    await harness.close()
    throw error
  }
  const requests: ReceivedRequest[] = []
  const answer = async (incoming: http.IncomingMessage, outgoing: http.ServerResponse) => {
    requests.push({
      method: incoming.method ?? '',
      url: incoming.url ?? '',
      headers: incoming.headers,
    })
    try {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
      const make = handlers[incoming.method as keyof typeof handlers] as
        ((config: unknown) => Handler) | undefined
      if (!make || !url.pathname.startsWith('/api/')) {
        outgoing.writeHead(404).end()
        return
      }
      const chunks: Buffer[] = []
      for await (const chunk of incoming) chunks.push(chunk as Buffer)
      const headers = new Headers()
      for (const [name, value] of Object.entries(incoming.headers))
        if (typeof value === 'string') headers.set(name, value)
      const request = new Request(url, {
        method: incoming.method,
        headers,
        body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
      })
      const slug = url.pathname
        .replace(/^\/api\//, '')
        .split('/')
        .map(decodeURIComponent)
      const response = await make(harness.payload.config)(request, {
        params: Promise.resolve({ slug }),
      })
      // No keep-alive: a socket idle past the server's timeout must not fail the loader's next fetch.
      outgoing.writeHead(response.status, {
        ...Object.fromEntries(response.headers),
        connection: 'close',
      })
      outgoing.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      outgoing.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
    }
  }
  const server = http.createServer((incoming, outgoing) => void answer(incoming, outgoing))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    ...harness,
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await harness.close()
    },
  }
}

/**
 * Runs SQL straight on the harness's SQLite database, past Payload's validation: for data the
 * CMS should never hold but the site must still refuse clearly (an old row, a manual fix).
 */
export async function writePastValidation(
  payload: Payload,
  sql: string,
  args: (string | number)[],
): Promise<void> {
  const { client } = payload.db as unknown as {
    client: { execute: (query: { sql: string; args: (string | number)[] }) => Promise<unknown> }
  }
  await client.execute({ sql, args })
}
