import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveSite } from '../../serve/siteServer.ts'
import { node, root, startService, type Service } from './lib/child.ts'
import { hostileRequests } from './lib/hostile.ts'
import { directives, wire } from './lib/httpGet.ts'
import { headerOf, message, rawRequest } from './lib/rawHttp.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'

const port = 47130
const origin = `http://127.0.0.1:${port}`
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'jobunivers-site-serve-'))
const dir = path.join(temp, 'dist')
const sourceHeaders = fs.readFileSync(path.join(root, 'site', 'public', '_headers'), 'utf8')
const shippedCsp = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(sourceHeaders)![1]!.trim()
const css = 'body { color: #1a1a1a; margin: 0 }\n'.repeat(800)
const video = crypto.randomBytes(50_000)

/** A built site in miniature: pages in directory format, an asset, a video, a 404 page. */
function writeSite() {
  const write = (file: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
  }
  write('_headers', sourceHeaders)
  write('index.html', '<!doctype html><html lang="da"><title>Forside</title><h1>Forside</h1>')
  write('laer/forbered/index.html', '<!doctype html><html lang="da"><title>Lektion</title>')
  write('404.html', '<!doctype html><html lang="da"><title>Siden findes ikke</title>')
  write('_astro/site.css', css)
  write('fonts/plex.woff2', crypto.randomBytes(4000))
  write('media/clip.mp4', video)
  write('_redirects', '# renamed\n/laer/gammel /laer/forbered 301!\n/old/* /new/:splat 301\n')
  fs.writeFileSync(path.join(temp, 'secret.txt'), 'outside-secret')
  fs.symlinkSync(path.join(temp, 'secret.txt'), path.join(dir, 'link.txt'))
}

let site: Service
beforeAll(async () => {
  writeSite()
  site = await startService(
    ['serve/cli.ts', '--dir', dir, '--port', String(port)],
    {},
    /serving .* on http/,
  )
})
afterAll(async () => {
  await mayBeUnset(site)?.stop()
  fs.rmSync(temp, { recursive: true, force: true })
})

describe('the local site server (serve/) under hostile requests', () => {
  for (const hostile of hostileRequests()) {
    it(`answers ${hostile.name} with ${hostile.allowed.join('/')} and keeps serving`, async () => {
      const answer = await rawRequest(origin, hostile.request)
      expect(hostile.allowed).toContain(answer.status)
      expect(answer.body).not.toContain('outside-secret')
      expect(site.alive()).toBe(true)
      expect((await wire(`${origin}/`)).status).toBe(200)
    })
  }

  it('answers the malformed URL of issue 16 with 400', async () => {
    expect((await rawRequest(origin, message('GET', '/%E0%A4%A'))).status).toBe(400)
  })

  it('never serves a file outside its folder, also through a symlink', async () => {
    for (const target of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/link.txt',
    ]) {
      const answer = await rawRequest(origin, message('GET', target))
      expect([400, 404], target).toContain(answer.status)
      expect(answer.body).not.toContain('outside-secret')
    }
  })

  it('refuses other methods with 405 and Allow: GET, HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const answer = await rawRequest(
        origin,
        message(method, '/', {}, method === 'POST' ? '{}' : ''),
      )
      expect(answer.status, method).toBe(405)
      expect(headerOf(answer, 'allow')).toBe('GET, HEAD')
    }
  })

  it('refuses a target over 4 KB with 414', async () => {
    expect((await rawRequest(origin, message('GET', `/${'x'.repeat(5000)}`))).status).toBe(414)
  })

  it('cuts off a client that never finishes its headers (slowloris) and keeps serving', async () => {
    const answer = await rawRequest(
      origin,
      'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1',
      25_000,
    )
    expect(answer.closed).toBe(true)
    expect((await wire(`${origin}/`)).status).toBe(200)
  }, 30_000)
})

describe('the local site server serves like a production static host', () => {
  it('serves Astro’s directory format with and without a trailing slash', async () => {
    for (const target of ['/laer/forbered', '/laer/forbered/', '/laer/forbered/index.html']) {
      const answer = await wire(`${origin}${target}`)
      expect(answer.status, target).toBe(200)
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(answer.body.toString()).toContain('Lektion')
    }
  })

  it('answers a missing page with 404.html and status 404, never cached', async () => {
    const answer = await wire(`${origin}/findes-ikke`)
    expect(answer.status).toBe(404)
    expect(answer.body.toString()).toContain('Siden findes ikke')
    expect(answer.headers['cache-control']).toBe('no-cache')
  })

  it('sends the security headers of _headers on every answer, exactly', async () => {
    for (const target of ['/', '/_astro/site.css', '/findes-ikke', '/%E0%A4%A']) {
      const { headers } = await wire(`${origin}${target}`)
      expect(headers['content-security-policy'], target).toBe(shippedCsp)
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['x-frame-options']).toBe('DENY')
      expect(headers['referrer-policy']).toBe('same-origin')
    }
    const csp = directives((await wire(`${origin}/`)).headers['content-security-policy'] as string)
    expect(csp['default-src']).toBe("'self'")
    expect(csp['script-src']).toBe("'self' 'wasm-unsafe-eval'")
    expect(csp['style-src']).toBe("'self'")
    expect(csp['object-src']).toBe("'none'")
    expect(csp['frame-ancestors']).toBe("'none'")
  })

  it('sends the cache policy of _headers: /_astro/* immutable for a year, pages revalidated', async () => {
    expect((await wire(`${origin}/_astro/site.css`)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    )
    expect((await wire(`${origin}/`)).headers['cache-control']).toBe(
      'public, max-age=0, must-revalidate',
    )
  })

  it('gzips compressible files for clients that accept it, with Vary: Accept-Encoding', async () => {
    const zipped = await wire(`${origin}/_astro/site.css`, {
      'accept-encoding': 'gzip, deflate, br',
    })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers.vary).toBe('Accept-Encoding')
    expect(zipped.headers['content-type']).toBe('text/css; charset=utf-8')
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length)
    expect(zipped.body.length).toBeLessThan(css.length / 10)
    expect(zlib.gunzipSync(zipped.body).toString()).toBe(css)

    const again = await wire(`${origin}/_astro/site.css`, { 'accept-encoding': 'gzip' })
    expect(again.body.equals(zipped.body)).toBe(true)
    expect(again.headers.etag).toBe(zipped.headers.etag)

    for (const refusing of [{}, { 'accept-encoding': 'gzip;q=0, identity' }] as Record<
      string,
      string
    >[]) {
      const plain = await wire(`${origin}/_astro/site.css`, refusing)
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(plain.headers.vary).toBe('Accept-Encoding')
      expect(plain.body.toString()).toBe(css)
    }
  })

  it('leaves fonts and video uncompressed (they are compressed already)', async () => {
    for (const target of ['/fonts/plex.woff2', '/media/clip.mp4']) {
      const answer = await wire(`${origin}${target}`, { 'accept-encoding': 'gzip' })
      expect(answer.headers['content-encoding'], target).toBeUndefined()
      expect(answer.headers.vary).toBeUndefined()
    }
  })

  it('answers a video range request with 206 and exactly those bytes; past the end with 416', async () => {
    const part = await wire(`${origin}/media/clip.mp4`, { range: 'bytes=100-199' })
    expect(part.status).toBe(206)
    expect(part.headers['content-type']).toBe('video/mp4')
    expect(part.headers['content-range']).toBe(`bytes 100-199/${video.length}`)
    expect(part.body.equals(video.subarray(100, 200))).toBe(true)
    const tail = await wire(`${origin}/media/clip.mp4`, { range: 'bytes=-10' })
    expect(tail.body.equals(video.subarray(-10))).toBe(true)
    const past = await wire(`${origin}/media/clip.mp4`, { range: `bytes=${video.length + 1}-` })
    expect(past.status).toBe(416)
    expect(past.headers['content-range']).toBe(`bytes */${video.length}`)
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await wire(`${origin}/_astro/site.css`, { 'accept-encoding': 'gzip' }, 'HEAD')
    const get = await wire(`${origin}/_astro/site.css`, { 'accept-encoding': 'gzip' })
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(head.headers['content-length']).toBe(get.headers['content-length'])
    expect(head.headers['content-encoding']).toBe('gzip')
  })

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const first = await wire(`${origin}/`, { 'accept-encoding': 'gzip' })
    const again = await wire(`${origin}/`, {
      'accept-encoding': 'gzip',
      'if-none-match': first.headers.etag as string,
    })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    // A 304's Content-Length would have to be the full answer's; none is simpler.
    expect(again.headers['content-length']).toBeUndefined()
    expect(again.headers.etag).toBe(first.headers.etag)
  })

  it('never serves its own _headers or _redirects file', async () => {
    expect((await wire(`${origin}/_headers`)).status).toBe(404)
    expect((await wire(`${origin}/_redirects`)).status).toBe(404)
  })

  it('follows _redirects: an old address answers 301 to the new page, with the security headers', async () => {
    for (const target of ['/laer/gammel', '/laer/gammel/']) {
      const answer = await wire(`${origin}${target}`)
      expect(answer.status, target).toBe(301)
      expect(answer.headers.location).toBe('/laer/forbered')
      expect(answer.headers['content-security-policy']).toBe(shippedCsp)
    }
    expect(site.output()).toContain('_redirects line 3: skipped')
  })
})

describe('the site server command', () => {
  it('stops with one line saying why when the folder does not exist', () => {
    const run = spawnSync(node, ['serve/cli.ts', '--dir', path.join(temp, 'nope'), '--port', '0'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 15_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toMatch(/^site server: .*nope is not a folder/)
  })

  it('stops with one line naming the line of a malformed _headers file', () => {
    const bad = path.join(temp, 'bad')
    fs.mkdirSync(bad)
    fs.writeFileSync(path.join(bad, '_headers'), '/*\n  X-Frame-Options DENY\n')
    const run = spawnSync(node, ['serve/cli.ts', '--dir', bad, '--port', '0'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 15_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toBe(
      'site server: _headers line 2: expected "Name: value" under a path',
    )
  })
})

describe('an error inside the site handler', () => {
  it('is answered 500 with a short message, logged without the request body, and serving goes on', async () => {
    const logged: string[] = []
    let calls = 0
    const site = await serveSite({
      dir,
      port: 47131,
      log: (line) => logged.push(line),
      gate: async () => {
        if (calls++ === 0) throw new Error('disk gone')
        return undefined
      },
    })
    try {
      const answer = await rawRequest(
        site.origin,
        message('GET', '/', { 'content-type': 'text/plain' }, 'BODY-MARKER-do-not-log'),
      )
      expect(answer.status).toBe(500)
      expect(answer.body).toBe('Internal server error\n')
      expect(logged.join('\n')).toContain('500 GET /: Error: disk gone')
      expect(logged.join('\n')).not.toContain('BODY-MARKER')
      expect((await wire(`${site.origin}/`)).status).toBe(200)
    } finally {
      await site.close()
    }
  })
})
