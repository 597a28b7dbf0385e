import { createServer, type Server } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.vtt': 'text/vtt',
  '.mp4': 'video/mp4',
}

/** Serves a built site folder as a plain static host would (folder/index.html, 404.html). */
export async function serveStatic(dir: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    let file = join(dir, path)
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`
    const found = existsSync(file) && statSync(file).isFile()
    response.writeHead(found ? 200 : 404, {
      'content-type': types[extname(found ? file : '.html')] ?? 'application/octet-stream',
    })
    response.end(readFileSync(found ? file : join(dir, '404.html')))
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return server
}
