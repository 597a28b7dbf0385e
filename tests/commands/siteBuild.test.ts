import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { exitLimitMs, runScript, stackLines } from './helpers/runScript.ts'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jobunivers-cmdtest-site-'))
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

// The sample content, never a CMS or Algolia that happens to be configured.
const env = (dist: string, extra: Record<string, string | undefined> = {}) => ({
  SITE_DIST: dist,
  CMS_URL: undefined,
  ALGOLIA_APP_ID: undefined,
  ALGOLIA_SEARCH_KEY: undefined,
  ...extra,
})

const htmlFiles = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))

test(
  'site:build builds the sample site into SITE_DIST, replacing the previous build, and exits 0',
  async () => {
    const dist = path.join(work, 'dist')
    fs.mkdirSync(dist)
    fs.writeFileSync(path.join(dist, 'previous-build.txt'), 'old')
    const run = await runScript('site-build.ts', [], env(dist), 3 * exitLimitMs)
    expect(stackLines(run.stderr)).toEqual([])
    expect(run.code).toBe(0)
    const pages = htmlFiles(dist)
    expect(pages).toContain('index.html')
    expect(pages).toContain(path.join('en', 'index.html'))
    expect(run.stdout).toContain(`Site built into ${dist}: ${pages.length} pages.`)
    expect(fs.existsSync(path.join(dist, 'previous-build.txt'))).toBe(false)
    expect(fs.existsSync(`${dist}.next`) || fs.existsSync(`${dist}.old`)).toBe(false)
  },
  3 * exitLimitMs + 30_000,
)

test(
  'site:build without its content: exits 1 saying which step stopped, the previous site kept',
  async () => {
    const dist = path.join(work, 'kept')
    fs.mkdirSync(dist)
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>previous</title>')
    const run = await runScript(
      'site-build.ts',
      [],
      env(dist, { SITE_CONTENT_DIR: path.join(work, 'no-such-content') }),
      2 * exitLimitMs,
    )
    expect(run.code).toBe(1)
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(
      /^Site build stopped: .*astro\.mjs build failed with exit code 1$/,
    )
    expect(fs.readdirSync(dist)).toEqual(['index.html'])
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toContain('previous')
  },
  2 * exitLimitMs + 30_000,
)
