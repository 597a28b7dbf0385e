import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml',
}

const banner =
  '<div role="note" style="background:#ffe6a3;color:#1a1a1a;padding:8px 16px;border-bottom:2px solid #a36b00;font-family:sans-serif">Forhåndsvisning af en kladde: ikke offentlig. / Preview of a draft: not public.</div>'

/** The file a URL path names inside the preview folder, or undefined when it escapes it. */
export function previewFile(dir: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  const full = path.resolve(dir, `.${clean}`)
  if (full !== dir && !full.startsWith(`${dir}${path.sep}`)) return undefined
  if (fs.existsSync(full) && fs.statSync(full).isDirectory()) return path.join(full, 'index.html')
  return full
}

/**
 * Serves the latest preview build to logged-in CMS users only: each request's cookie is
 * checked against the CMS (`/api/users/me`), so a preview is never public.
 */
export function createPreviewServer(options: { dir: string; cmsUrl: string }): http.Server {
  const dir = path.resolve(options.dir)
  return http.createServer(async (request, response) => {
    const me = await fetch(`${options.cmsUrl}/api/users/me`, {
      headers: { cookie: request.headers.cookie ?? '' },
    })
      .then((answer) => answer.json() as Promise<{ user?: unknown }>)
      .catch(() => ({ user: null }))
    if (!me.user) {
      response.writeHead(401, { 'content-type': 'text/html; charset=utf-8' })
      response.end(
        `<!doctype html><html lang="da"><meta charset="utf-8"><title>Log ind</title><h1>Log ind i CMS'et først / Log in to the CMS first</h1><p><a href="${options.cmsUrl}/admin">${options.cmsUrl}/admin</a></p>`,
      )
      return
    }
    const file = previewFile(dir, request.url ?? '/')
    if (!file || !fs.existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    const type = types[path.extname(file)] ?? 'application/octet-stream'
    response.setHeader('cache-control', 'no-store')
    response.setHeader('x-robots-tag', 'noindex')
    if (type.startsWith('text/html')) {
      const html = fs.readFileSync(file, 'utf8').replace(/<body([^>]*)>/, `<body$1>${banner}`)
      response.writeHead(200, { 'content-type': type }).end(html)
    } else {
      response.writeHead(200, { 'content-type': type })
      fs.createReadStream(file).pipe(response)
    }
  })
}
