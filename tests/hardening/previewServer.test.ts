import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumLaunchOptions } from '../lib/chromium.ts'
import { root, startService, type Service } from './lib/child.ts'
import { hostileRequests } from './lib/hostile.ts'
import { directives, wire } from './lib/httpGet.ts'
import { message, rawRequest } from './lib/rawHttp.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'

const port = 47140
const cmsPort = 47141
const origin = `http://127.0.0.1:${port}`
const cookie = 'payload-token=reviewer-token'
const loggedIn = { cookie }
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'jobunivers-preview-'))
const previewDir = path.join(temp, 'preview-site')
const sourceHeaders = fs.readFileSync(path.join(root, 'site', 'public', '_headers'), 'utf8')
const shippedCsp = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(sourceHeaders)![1]!.trim()

/**
 * Stands in for the CMS, which runs as a separate process: `/api/users/me` knows one
 * reviewer's cookie, as Payload answers it. The preview server under test asks it per request.
 */
function cmsStandIn(): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const known = request.url === '/api/users/me' && request.headers.cookie?.includes(cookie)
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(
      JSON.stringify({
        user: known ? { id: 7, email: 'reviewer@jobunivers.local', role: 'reviewer' } : null,
      }),
    )
  })
  return new Promise((resolve) => server.listen(cmsPort, '127.0.0.1', () => resolve(server)))
}

/** A preview build in miniature, with the site's _headers as the build writes them. */
function writePreviewBuild() {
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(previewDir, file)), { recursive: true })
    fs.writeFileSync(path.join(previewDir, file), content)
  }
  write('_headers', sourceHeaders)
  write('_astro/site.css', 'h1 { font-size: 2rem }\n')
  const page = (title: string) =>
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/_astro/site.css"></head><body><h1>${title}</h1></body></html>`
  write('index.html', page('Forside'))
  write('laer/forbered/index.html', page('Kladde: forbered dig'))
  write('404.html', page('Siden findes ikke'))
}

let cms: http.Server
let preview: Service
beforeAll(async () => {
  writePreviewBuild()
  cms = await cmsStandIn()
  preview = await startService(
    ['cms/plugins/preview/server.ts'],
    {
      PREVIEW_PORT: String(port),
      JOBUNIVERS_DATA_DIR: temp,
      CMS_URL: `http://127.0.0.1:${cmsPort}`,
    },
    /preview server listening/,
  )
})
afterAll(async () => {
  await mayBeUnset(preview)?.stop()
  await new Promise((resolve) => mayBeUnset(cms)?.close(resolve))
  fs.rmSync(temp, { recursive: true, force: true })
})

describe('the preview server under hostile requests', () => {
  it('answers a logged-in user’s /%E0%A4%A with 400 and keeps running (issue 16)', async () => {
    const answer = await rawRequest(origin, message('GET', '/%E0%A4%A', loggedIn))
    expect(answer.status).toBe(400)
    expect(preview.alive()).toBe(true)
    const page = await wire(`${origin}/laer/forbered`, loggedIn)
    expect(page.status).toBe(200)
    expect(page.body.toString()).toContain('Kladde: forbered dig')
  })

  for (const hostile of hostileRequests('', loggedIn)) {
    it(`answers a logged-in ${hostile.name} with ${hostile.allowed.join('/')} and keeps serving`, async () => {
      const answer = await rawRequest(origin, hostile.request)
      expect(hostile.allowed).toContain(answer.status)
      expect(answer.body).not.toContain('root:')
      expect(preview.alive()).toBe(true)
      expect((await wire(`${origin}/`, loggedIn)).status).toBe(200)
    })
  }

  it('admits nobody without a CMS login: 401, no draft', async () => {
    for (const headers of [{}, { cookie: 'payload-token=forged' }] as Record<string, string>[]) {
      const answer = await wire(`${origin}/laer/forbered`, headers)
      expect(answer.status).toBe(401)
      expect(answer.body.toString()).not.toContain('Kladde')
    }
  })
})

describe('the preview server when the CMS does not answer', () => {
  it('refuses with 401 instead of hanging (the client gives up after 10 s)', async () => {
    // A CMS that accepts the connection and never answers.
    const silent = http.createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(47142, '127.0.0.1', resolve))
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobunivers-preview-silent-'))
    const stuck = await startService(
      ['cms/plugins/preview/server.ts'],
      { PREVIEW_PORT: '47143', JOBUNIVERS_DATA_DIR: dataDir, CMS_URL: 'http://127.0.0.1:47142' },
      /preview server listening/,
    )
    try {
      const answer = await wire('http://127.0.0.1:47143/', loggedIn)
      expect(answer.status).toBe(401)
      expect(stuck.alive()).toBe(true)
    } finally {
      await stuck.stop()
      silent.closeAllConnections()
      await new Promise((resolve) => silent.close(resolve))
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }, 30_000)
})

describe('the preview server’s headers', () => {
  it('sends the site’s security headers plus no-store and noindex, on pages and refusals', async () => {
    for (const [target, status, headers] of [
      ['/laer/forbered', 200, loggedIn],
      ['/findes-ikke', 404, loggedIn],
      ['/laer/forbered', 401, {}],
      ['/%E0%A4%A', 400, loggedIn],
    ] as const) {
      const answer = await wire(`${origin}${target}`, headers)
      expect(answer.status, target).toBe(status)
      expect(answer.headers['content-security-policy'], target).toBe(shippedCsp)
      expect(
        directives(answer.headers['content-security-policy'] as string)['frame-ancestors'],
      ).toBe("'none'")
      expect(answer.headers['x-content-type-options']).toBe('nosniff')
      expect(answer.headers['referrer-policy']).toBe('same-origin')
      expect(answer.headers['cache-control'], target).toBe('no-store')
      expect(answer.headers['x-robots-tag']).toBe('noindex')
    }
  })

  it('shows the draft banner in Chromium under that policy, styled, with no CSP violation', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions())
    try {
      const context = await browser.newContext()
      await context.addCookies([
        { name: 'payload-token', value: 'reviewer-token', domain: '127.0.0.1', path: '/' },
      ])
      const page = await context.newPage()
      const violations: string[] = []
      page.on('console', (entry) => {
        if (/Content Security Policy/i.test(entry.text())) violations.push(entry.text())
      })
      await page.goto(`${origin}/laer/forbered/`)
      const banner = page.getByRole('note')
      await expect.poll(() => banner.textContent()).toContain('Forhåndsvisning af en kladde')
      const style = await banner.evaluate((element) => {
        const computed = getComputedStyle(element)
        return { background: computed.backgroundColor, border: computed.borderBottomWidth }
      })
      expect(style).toEqual({ background: 'rgb(255, 230, 163)', border: '2px' })
      expect(violations).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
