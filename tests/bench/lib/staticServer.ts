// A tiny static file server for a built site on 127.0.0.1 and a free port: the bench's own,
// so it never touches port 4321 or dist/. Files are sent as they are (no compression).
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

/** The file a URL path names: itself, or its folder's index.html, as Astro's preview does. */
function resolve(root: string, pathname: string): string | undefined {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '')
  for (const candidate of [
    join(root, path),
    join(root, path, 'index.html'),
    `${join(root, path)}.html`,
  ])
    if (candidate.startsWith(root) && existsSync(candidate) && statSync(candidate).isFile())
      return candidate
  return undefined
}

/** A running server: its origin (`http://127.0.0.1:PORT`) and how to stop it. */
export type StaticServer = { origin: string; close: () => Promise<void> }

/** Serves `root` until `close()`; unknown paths answer 404 with the site's 404.html. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1')
    const file = resolve(root, pathname)
    const status = file ? 200 : 404
    const body = file ?? join(root, '404.html')
    if (!existsSync(body)) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(status, {
      'content-type': types[extname(body)] ?? 'application/octet-stream',
      'content-length': statSync(body).size,
      'cache-control': 'no-cache',
    })
    if (request.method === 'HEAD') response.end()
    else createReadStream(body).pipe(response)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
