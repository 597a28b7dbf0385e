import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { logIn } from '../lib/adminLogIn.ts'
import { chromiumLaunchOptions } from '../lib/chromium.ts'
import { node, root, startService, type Service } from './lib/child.ts'
import { hostileRequests } from './lib/hostile.ts'
import { directives, wire } from './lib/httpGet.ts'
import { headerOf, message, rawRequest } from './lib/rawHttp.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'

/**
 * Build-aware: `next start` serves what `next build` wrote, and Next bakes next.config.mjs's
 * headers into the build (routes-manifest.json), so these tests run only on an admin build
 * whose headers are those of the current next.config.mjs: cms/.next as `npm start` builds it
 * (JOBUNIVERS_NEXT_DIST_DIR names another build folder). `npm test` builds it before Vitest
 * when the sources changed; without one the file fails and says how to build it.
 */
const distDir = process.env.JOBUNIVERS_NEXT_DIST_DIR || '.next'
const buildDir = path.join(root, 'cms', distDir)

/** Whether the build in buildDir carries exactly the header rules next.config.mjs gives now. */
async function buildHasCurrentHeaders(): Promise<boolean> {
  const manifest = path.join(buildDir, 'routes-manifest.json')
  if (!fs.existsSync(path.join(buildDir, 'BUILD_ID')) || !fs.existsSync(manifest)) return false
  type Rule = { source: string; has?: unknown; headers: unknown }
  const pick = ({ source, has, headers }: Rule) => JSON.stringify({ source, has, headers })
  const built = new Set(
    (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { headers: Rule[] }).headers.map(pick),
  )
  const config = (await import('../../cms/next.config.mjs')).default as {
    headers: () => Promise<Rule[]>
  }
  return (await config.headers()).every((rule) => built.has(pick(rule)))
}

// npm test builds the admin before Vitest runs; a run without a current build fails here
// rather than skipping, so the CMS is never reported as hardened without being tried.
if (!(await buildHasCurrentHeaders()))
  throw new Error(
    `no admin build with the current headers in cms/${distDir}: run \`npm run build\` first (npm test does)`,
  )

const port = 47150
const origin = `http://127.0.0.1:${port}`
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'jobunivers-cms-hardening-'))
const editor = { email: 'hardening@jobunivers.local', password: 'hardening-password-123' }
const env = {
  JOBUNIVERS_ROOT: root,
  JOBUNIVERS_DATA_DIR: temp,
  JOBUNIVERS_NEXT_DIST_DIR: distDir === '.next' ? '' : distDir,
  JOBUNIVERS_RUN_JOBS: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: '--no-deprecation',
  NODE_ENV: 'production' as const,
}
const policy =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

let cms: Service
beforeAll(async () => {
  const migrate = spawnSync(node, ['scripts/migrate.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  })
  expect(migrate.status, migrate.stderr).toBe(0)
  cms = await startService(
    [
      'node_modules/next/dist/bin/next',
      'start',
      'cms',
      '--port',
      String(port),
      '--hostname',
      '127.0.0.1',
    ],
    env,
    /Ready in/,
  )
  const registered = await fetch(`${origin}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...editor, name: 'Hærdning', role: 'admin' }),
  })
  expect(registered.status).toBe(200)
})
afterAll(async () => {
  await mayBeUnset(cms)?.stop()
  fs.rmSync(temp, { recursive: true, force: true })
})

const stillAnswers = async () => {
  expect(cms.alive()).toBe(true)
  const me = await wire(`${origin}/api/users/me`)
  expect(me.status).toBe(200)
  expect(JSON.parse(me.body.toString())).toHaveProperty('user', null)
}

/**
 * Bad methods and malformed addresses on the API: each must be refused (4xx/5xx). The
 * absolute-form target is left out: HTTP/1.1 servers must accept it, and Next does.
 */
const apiHostile = [
  ...hostileRequests('/api').filter((hostile) => hostile.name !== 'absolute-form target'),
  { name: 'BREW on a collection', request: message('BREW', '/api/lessons') },
  { name: 'TRACE on a collection', request: message('TRACE', '/api/lessons') },
  { name: 'anonymous DELETE of every lesson', request: message('DELETE', '/api/lessons') },
  { name: 'malformed where', request: message('GET', '/api/lessons?where[%E0%A4%A]=1') },
  {
    name: 'truncated JSON to the login',
    request: message(
      'POST',
      '/api/users/login',
      { 'content-type': 'application/json' },
      '{"email":"a',
    ),
  },
]

describe('the CMS (next start) under hostile requests', () => {
  for (const hostile of apiHostile) {
    it(`refuses ${hostile.name} on the API with 4xx/5xx and still answers`, async () => {
      const answer = await rawRequest(origin, hostile.request, 15_000)
      expect(answer.status === 0 || answer.status >= 400, `status ${answer.status}`).toBe(true)
      expect(answer.body).not.toContain('root:')
      await stillAnswers()
    })
  }

  // The admin renders its own "not found" view (status 200) for unknown paths; what matters
  // there is that no file leaks and the process lives.
  for (const hostile of hostileRequests('/admin')) {
    it(`survives ${hostile.name} on the admin, leaking nothing`, async () => {
      const answer = await rawRequest(origin, hostile.request, 15_000)
      expect(answer.body).not.toContain('root:')
      await stillAnswers()
    })
  }

  it('answers the malformed URL of issue 16 with 400 on the API and the admin', async () => {
    for (const target of ['/api/%E0%A4%A', '/api/lessons/%E0%A4%A', '/admin/%E0%A4%A']) {
      const answer = await rawRequest(origin, message('GET', target))
      expect(answer.status, target).toBe(400)
      expect(headerOf(answer, 'x-content-type-options'), target).toBe('nosniff')
    }
  })
})

describe('the CMS’s security headers', () => {
  it('sends the admin’s CSP, frame refusal, nosniff and referrer policy on admin, API and errors', async () => {
    for (const target of [
      '/admin/login',
      '/api/lessons?limit=1',
      '/api/findes-ikke',
      '/admin/findes-ikke',
    ]) {
      const { headers } = await wire(`${origin}${target}`)
      expect(headers['content-security-policy'], target).toBe(policy)
      expect(directives(headers['content-security-policy'] as string)['frame-ancestors']).toBe(
        "'none'",
      )
      expect(headers['x-frame-options'], target).toBe('DENY')
      expect(headers['x-content-type-options'], target).toBe('nosniff')
      expect(headers['referrer-policy'], target).toBe('same-origin')
      expect(headers['x-powered-by'], target).toBeUndefined()
    }
  })

  it('sends HSTS only for requests that came over https', async () => {
    expect(
      (await wire(`${origin}/admin/login`)).headers['strict-transport-security'],
    ).toBeUndefined()
    const proxied = await wire(`${origin}/admin/login`, { 'x-forwarded-proto': 'https' })
    expect(proxied.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
  })

  it('lets an editor log in and edit under that policy in Chromium, with no violation', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions())
    try {
      const page = await (await browser.newContext()).newPage()
      const violations: string[] = []
      page.on('console', (entry) => {
        if (/Content Security Policy/i.test(entry.text())) violations.push(entry.text())
      })
      await logIn(page, editor, origin)
      for (const view of ['/admin/globals/site-settings', '/admin/collections/lessons']) {
        await page.goto(`${origin}${view}`, { waitUntil: 'networkidle' })
        await page.locator('form, table, .collection-list').first().waitFor({ state: 'visible' })
      }
      // A FAQ's answer is rich text: type into it (Lexical sets styles as it goes).
      await page.goto(`${origin}/admin/collections/faqs/create`, { waitUntil: 'networkidle' })
      const field = page.locator('[contenteditable="true"]').first()
      await field.waitFor({ state: 'visible', timeout: 30_000 })
      await field.click()
      await page.keyboard.type('Hej')
      await expect.poll(() => field.textContent()).toContain('Hej')
      expect(violations).toEqual([])
    } finally {
      await browser.close()
    }
  }, 120_000)
})
