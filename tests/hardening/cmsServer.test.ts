import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSourceHash } from '../../scripts/lib/adminBuild.ts'
import { node, root, startService, type Service } from './lib/child.ts'
import { hostileRequests } from './lib/hostile.ts'
import { directives, wire } from './lib/httpGet.ts'
import { message, rawRequest } from './lib/rawHttp.ts'

/**
 * Build-aware: `next start` serves what `next build` wrote, and Next bakes next.config.mjs's
 * headers into the build, so these tests run only on an admin build made from the current
 * sources (cms/.next with the stamp `npm start` writes; JOBUNIVERS_NEXT_DIST_DIR names another
 * build folder). Without one they are skipped, saying so: `npm start` (or the admin e2e) builds
 * it; building here would cost a minute and 2–3 GB inside the unit run.
 */
const distDir = process.env.JOBUNIVERS_NEXT_DIST_DIR || '.next'
const buildDir = path.join(root, 'cms', distDir)
const stamp = path.join(buildDir, 'jobunivers-source-hash')
const built =
  fs.existsSync(path.join(buildDir, 'BUILD_ID')) &&
  fs.existsSync(stamp) &&
  fs.readFileSync(stamp, 'utf8') === adminSourceHash(root)
if (!built)
  console.warn(
    `tests/hardening/cmsServer.test.ts skipped: no admin build of the current sources in cms/${distDir} (run npm start once)`,
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
  NODE_ENV: 'production',
}
const policy =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

let cms: Service
beforeAll(async () => {
  if (!built) return
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
  await cms?.stop()
  fs.rmSync(temp, { recursive: true, force: true })
})

const stillAnswers = async () => {
  expect(cms.alive()).toBe(true)
  const me = await wire(`${origin}/api/users/me`)
  expect(me.status).toBe(200)
  expect(JSON.parse(me.body.toString())).toHaveProperty('user', null)
}

/** Bad methods and malformed addresses on the API and the admin. */
const apiHostile = [
  ...hostileRequests('/api'),
  ...hostileRequests('/admin'),
  { name: 'BREW on the API', request: message('BREW', '/api/lessons') },
  { name: 'TRACE on the API', request: message('TRACE', '/api/lessons') },
  { name: 'anonymous DELETE of every lesson', request: message('DELETE', '/api/lessons') },
  { name: 'malformed where on the API', request: message('GET', '/api/lessons?where[%E0%A4%A]=1') },
  {
    name: 'truncated JSON to the login',
    request: message(
      'POST',
      '/api/users/login',
      { 'content-type': 'application/json' },
      '{"email":"a',
    ),
  },
].map((hostile) => ({ name: hostile.name, request: hostile.request }))

describe.skipIf(!built)('the CMS (next start) under hostile requests', () => {
  for (const hostile of apiHostile) {
    it(`refuses ${hostile.name} with 4xx/5xx and still answers`, async () => {
      const answer = await rawRequest(origin, hostile.request, 15_000)
      expect(answer.status === 0 || answer.status >= 400, `status ${answer.status}`).toBe(true)
      expect(answer.body).not.toContain('root:')
      await stillAnswers()
    })
  }

  it('answers the malformed URL of issue 16 on the API with 400', async () => {
    expect((await rawRequest(origin, message('GET', '/api/%E0%A4%A'))).status).toBe(400)
  })
})

describe.skipIf(!built)('the CMS’s security headers', () => {
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
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    })
    try {
      const page = await (await browser.newContext()).newPage()
      const violations: string[] = []
      page.on('console', (entry) => {
        if (/Content Security Policy/i.test(entry.text())) violations.push(entry.text())
      })
      await page.goto(`${origin}/admin/login`)
      await page.getByLabel(/e-?mail/i).fill(editor.email)
      await page.getByLabel(/password|adgangskode/i).fill(editor.password)
      await page.getByRole('button', { name: /log ?in|log ind/i }).click()
      await page.waitForURL(/\/admin\/?$/)
      for (const view of ['/admin/collections/lessons/create', '/admin/globals/site-settings']) {
        await page.goto(`${origin}${view}`, { waitUntil: 'networkidle' })
        await expect.poll(() => page.locator('form').count()).toBeGreaterThan(0)
      }
      const editorField = page.locator('[contenteditable="true"]').first()
      await page.goto(`${origin}/admin/collections/lessons/create`, { waitUntil: 'networkidle' })
      await editorField.click()
      await page.keyboard.type('Hej')
      await expect(editorField).toContainText('Hej')
      expect(violations).toEqual([])
    } finally {
      await browser.close()
    }
  }, 120_000)
})
