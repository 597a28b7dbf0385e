import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

/** Maps a URL path to a file of the built site (`/a/b` → `/a/b/index.html`), or undefined. */
function fileFor(dir: string, urlPath: string): string | undefined {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '')
  const candidates = [path.join(dir, clean), path.join(dir, clean, 'index.html')]
  return candidates.find(
    (file) => file.startsWith(dir) && existsSync(file) && statSync(file).isFile(),
  )
}

/**
 * Serves a built static site (Astro's directory format) on 127.0.0.1: the files as they are,
 * `404.html` for anything missing. Video answers range requests, as browsers ask for them.
 */
export function serveStatic(dir: string, port: number): Promise<Server> {
  const root = path.resolve(dir)
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const file = fileFor(root, url.pathname)
    const status = file ? 200 : 404
    const target = file ?? path.join(root, '404.html')
    const type = types[path.extname(target)] ?? 'application/octet-stream'
    const size = statSync(target).size
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '')
    if (file && range) {
      const start = range[1] ? Number(range[1]) : 0
      const end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1
      response.writeHead(206, {
        'content-type': type,
        'content-length': end - start + 1,
        'content-range': `bytes ${start}-${end}/${size}`,
        'accept-ranges': 'bytes',
      })
      createReadStream(target, { start, end }).pipe(response)
      return
    }
    response.writeHead(status, {
      'content-type': type,
      'content-length': size,
      'accept-ranges': 'bytes',
    })
    createReadStream(target).pipe(response)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}
