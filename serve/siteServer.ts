import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { pipeline } from 'node:stream'
import { acceptsGzip, CompressedCache } from './compressedCache.ts'
import { contentTypeOf, isCompressible } from './contentTypes.ts'
import { headersFor, parseHeadersFile, type HeaderRule } from './headersFile.ts'
import { byteRange } from './range.ts'
import { parseRedirectsFile, redirectFor, type RedirectRule } from './redirectsFile.ts'
import { fileFor, urlPathOf } from './resolvePath.ts'
import { watchedFile } from './watchedFile.ts'

/** An answer a gate or a fixed route gives instead of a file. */
export type FixedAnswer = { status: number; contentType: string; body: string | Buffer }

/** How {@link createSiteHandler} serves a built site folder. */
export type SiteServerOptions = {
  /** The built site (Astro's `dist/`). */
  dir: string
  /** Send the headers of `<dir>/_headers` (default true). */
  headersFile?: boolean
  /** The `_headers` file to apply while `<dir>/_headers` does not exist (not built yet). */
  fallbackHeadersFile?: string
  /** Gzip compressible files for clients that accept it (default true). */
  compress?: boolean
  /** Headers sent with every answer, over those of `_headers`; names in lower case. */
  extraHeaders?: Record<string, string>
  /** Rewrites each HTML page before it is sent (the preview server's banner). */
  rewriteHtml?: (html: string) => string
  /** Runs first for every GET/HEAD with a valid path; an answer it returns is sent instead. */
  gate?: (request: http.IncomingMessage, urlPath: string) => Promise<FixedAnswer | undefined>
  /** Where errors are logged (default console.error); never given a request body. */
  log?: (line: string) => void
}

/** A request handler for Node's `http` server that never throws and never rejects. */
export type SiteHandler = (request: http.IncomingMessage, response: http.ServerResponse) => void

const defaultCacheControl = 'public, max-age=0, must-revalidate'

/**
 * Serves a built static site the way a production static host does: Astro's directory
 * format (`/a/b` → `/a/b/index.html`), `404.html` with status 404, GET and HEAD only, single
 * byte ranges (video), the headers of the site's `_headers` file, the redirects of its
 * `_redirects` file (exact paths, as the build writes them), ETag/304, and gzip.
 *
 * Compression is gzip, not brotli: every client and host speaks it, and the bench's byte goals
 * are stated in gzip, so what the bench measures is the conservative figure a citizen gets at
 * worst (hosts that add brotli only send less). The gzipped bytes are cached in memory per file
 * and modification time, so each file is compressed once, at the highest level.
 *
 * Hostile requests get a short answer and nothing else: malformed percent-encoding, NUL,
 * backslashes or dot segments → 400, targets over 4 KB → 414, other methods → 405 with
 * `Allow`, and a path never reaches a file outside `dir`. Any other error is answered 500 and
 * logged with method and path only.
 */
export function createSiteHandler(options: SiteServerOptions): SiteHandler {
  const root = path.resolve(options.dir)
  const log = options.log ?? ((line: string) => console.error(line))
  const rules: () => HeaderRule[] =
    options.headersFile === false
      ? () => []
      : watchedFile(
          path.join(root, '_headers'),
          parseHeadersFile,
          [],
          log,
          options.fallbackHeadersFile,
        )
  const redirects = watchedFile<RedirectRule[]>(
    path.join(root, '_redirects'),
    (text) => parseRedirectsFile(text, (message) => log(`site server: ${message}`)),
    [],
    log,
  )
  const compress = options.compress !== false
  const cache = new CompressedCache()

  /** The `_headers` headers for a path plus the fixed extras; errors are never cached. */
  const headersOf = (urlPath: string, status: number): Record<string, string> => {
    const headers = { ...headersFor(rules(), urlPath), ...options.extraHeaders }
    if (status >= 400)
      headers['cache-control'] = options.extraHeaders?.['cache-control'] ?? 'no-cache'
    else headers['cache-control'] ??= defaultCacheControl
    return headers
  }

  const send = (
    request: http.IncomingMessage,
    response: http.ServerResponse,
    status: number,
    headers: Record<string, string | number>,
    body: string | Buffer = '',
  ) => {
    if (status === 304) return void response.writeHead(304, headers).end()
    const bytes = typeof body === 'string' ? Buffer.from(body) : body
    response.writeHead(status, { ...headers, 'content-length': bytes.length })
    response.end(request.method === 'HEAD' ? undefined : bytes)
  }

  const refuse = (
    request: http.IncomingMessage,
    response: http.ServerResponse,
    status: number,
    text: string,
    more: Record<string, string> = {},
  ) =>
    send(
      request,
      response,
      status,
      { ...headersOf('/', status), 'content-type': 'text/plain; charset=utf-8', ...more },
      `${text}\n`,
    )

  const notFound = async (
    request: http.IncomingMessage,
    response: http.ServerResponse,
    urlPath: string,
  ) => {
    const page = path.join(root, '404.html')
    const html = await fs.promises.readFile(page, 'utf8').catch(() => undefined)
    if (html === undefined) {
      refuse(request, response, 404, 'Not found')
      return
    }
    const body = options.rewriteHtml ? options.rewriteHtml(html) : html
    send(
      request,
      response,
      404,
      { ...headersOf(urlPath, 404), 'content-type': 'text/html; charset=utf-8' },
      body,
    )
  }

  const handle = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      refuse(request, response, 405, 'Method not allowed', { allow: 'GET, HEAD' })
      return
    }
    const target = urlPathOf(request.url ?? '')
    if (!target.ok) {
      refuse(request, response, target.status, target.reason)
      return
    }
    const urlPath = target.path

    const fixed = await options.gate?.(request, urlPath)
    if (fixed) {
      send(
        request,
        response,
        fixed.status,
        { ...headersOf(urlPath, fixed.status), 'content-type': fixed.contentType },
        fixed.body,
      )
      return
    }

    const redirect = redirectFor(redirects(), urlPath)
    if (redirect) {
      send(request, response, redirect.status, {
        ...headersOf(urlPath, redirect.status),
        location: redirect.to,
        'content-type': 'text/plain; charset=utf-8',
      })
      return
    }

    const file = fileFor(root, urlPath)
    if (!file) return notFound(request, response, urlPath)
    const stat = await fs.promises.stat(file)
    const type = contentTypeOf(file)
    const headers: Record<string, string | number> = {
      ...headersOf(urlPath, 200),
      'content-type': type,
      'last-modified': stat.mtime.toUTCString(),
    }
    const tag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}`
    const fresh = (etag: string) => request.headers['if-none-match']?.includes(etag) === true

    if (type.startsWith('text/html') && options.rewriteHtml) {
      const html = options.rewriteHtml(await fs.promises.readFile(file, 'utf8'))
      send(request, response, 200, headers, html)
      return
    }
    if (compress && isCompressible(type)) {
      headers.vary = 'Accept-Encoding'
      if (acceptsGzip(request.headers['accept-encoding'])) {
        const etag = `${tag}-gzip"`
        if (fresh(etag)) {
          send(request, response, 304, { ...headers, etag })
          return
        }
        const gzipped = await cache.gzipped(file, stat)
        send(request, response, 200, { ...headers, etag, 'content-encoding': 'gzip' }, gzipped)
        return
      }
    }
    const etag = `${tag}"`
    headers.etag = etag
    headers['accept-ranges'] = 'bytes'
    if (fresh(etag)) {
      send(request, response, 304, headers)
      return
    }
    const range = byteRange(request.headers.range, stat.size)
    if (range.kind === 'none') {
      refuse(request, response, 416, 'Range not satisfiable', {
        'content-range': `bytes */${stat.size}`,
      })
      return
    }
    const { status, start, end } =
      range.kind === 'part'
        ? { status: 206, start: range.start, end: range.end }
        : { status: 200, start: 0, end: stat.size - 1 }
    if (status === 206) headers['content-range'] = `bytes ${start}-${end}/${stat.size}`
    response.writeHead(status, { ...headers, 'content-length': Math.max(0, end - start + 1) })
    if (request.method === 'HEAD' || stat.size === 0) return void response.end()
    pipeline(fs.createReadStream(file, { start, end }), response, (error) => {
      if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE')
        log(`site server: ${request.method} ${urlPath}: ${error.message}`)
    })
  }

  return (request, response) => {
    handle(request, response).catch((error: unknown) => {
      const where = `${request.method} ${(request.url ?? '').slice(0, 200)}`
      log(
        `site server: 500 ${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      )
      if (response.headersSent) return void response.destroy()
      try {
        refuse(request, response, 500, 'Internal server error')
      } catch {
        response.destroy()
      }
    })
  }
}

/**
 * An `http.Server` for {@link createSiteHandler} with short timeouts, so a client that sends
 * its headers slowly (slowloris) or never finishes a request is cut off.
 */
function createSiteServer(options: SiteServerOptions): http.Server {
  return http.createServer(
    {
      headersTimeout: 10_000,
      requestTimeout: 30_000,
      keepAliveTimeout: 5_000,
      connectionsCheckingInterval: 1_000,
    },
    createSiteHandler(options),
  )
}

/** A listening site server: its origin (`http://127.0.0.1:PORT`) and how to stop it. */
export type RunningSite = { server: http.Server; origin: string; close: () => Promise<void> }

/** Serves `options.dir` on `host:port` (port 0: any free one) until `close()`. */
export async function serveSite(
  options: SiteServerOptions & { port: number; host?: string },
): Promise<RunningSite> {
  const server = createSiteServer(options)
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  return {
    server,
    origin: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
