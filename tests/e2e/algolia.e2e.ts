import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { algoliaStandIn, type SeenRequest } from './algoliaStandIn.ts'
import { expectNoAxeViolations } from './helpers.ts'
import { serveStatic } from './staticServer.ts'
import { trackingUrl } from './trackingEnv.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const dir = `${root}node_modules/.cache/jobunivers-e2e/dist-algolia`
const sitePort = Number(process.env.E2E_ALGOLIA_SITE_PORT ?? 4798)
const algoliaPort = sitePort + 1
const site = `http://127.0.0.1:${sitePort}`
const hit = {
  objectID: 'faqs/maa-jeg-holde-ferie/da',
  title: 'Må jeg holde ferie, når jeg er ledig?',
  url: '/spoergsmaal#maa-jeg-holde-ferie',
  type: 'faqs',
  locale: 'da',
  _snippetResult: {
    body: {
      value:
        'Men du skal melde din \u2063jf-mark\u2063ferie\u2063/jf-mark\u2063, før den starter <b>',
      matchLevel: 'full',
    },
  },
}

let servers: Server[] = []
let seen: SeenRequest[] = []

test.describe('search with Algolia configured at build', () => {
  test.beforeAll(async () => {
    test.setTimeout(180_000)
    // Its own build (the same site, with Algolia settings) in its own folder, served here.
    const build = spawnSync(`${root}node_modules/.bin/node`, ['scripts/site-build.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        SITE_DIST: dir,
        TRACKING_URL: trackingUrl,
        ALGOLIA_APP_ID: 'TESTAPP',
        ALGOLIA_SEARCH_KEY: 'search-only-key-123',
        ALGOLIA_INDEX: 'jobunivers-test',
        ALGOLIA_HOST: `127.0.0.1:${algoliaPort}`,
      },
    })
    expect(build.status, build.stderr + build.stdout.slice(-2000)).toBe(0)
    const standIn = await algoliaStandIn(algoliaPort, [hit])
    seen = standIn.seen
    servers = [standIn.server, await serveStatic(dir, sitePort)]
  })
  test.afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  })

  test('the real client asks the Algolia host: index, query, locale filter and the key in a header', async ({
    page,
  }) => {
    await page.goto(`${site}/soeg?q=ferie`)
    const result = page.locator('.jf-result')
    await expect(result).toHaveCount(1)
    await expect(result.getByRole('link', { name: hit.title })).toHaveAttribute('href', hit.url)
    await expect(result.locator('mark')).toHaveText('ferie')
    // Markup in a record is shown as text, never parsed.
    await expect(result.locator('b')).toHaveCount(0)
    await expect(result).toContainText('før den starter <b>')
    const search = seen.find((request) => request.method === 'POST')
    expect(search?.path).toMatch(/^\/1\/indexes\/\*\/queries(\?|$)/)
    expect(search?.headers['x-algolia-api-key']).toBe('search-only-key-123')
    expect(search?.headers['x-algolia-application-id']).toBe('TESTAPP')
    expect(search?.path).not.toContain('search-only-key-123')
    expect(search?.body?.requests?.[0]).toMatchObject({
      indexName: 'jobunivers-test',
      query: 'ferie',
      filters: 'locale:da',
    })
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([])
    await expectNoAxeViolations(page, 'search with Algolia')
  })

  test('the English page filters on English records', async ({ page }) => {
    await page.goto(`${site}/en/search?q=holiday`)
    await expect(page.locator('[data-search-status]')).toHaveText(/results? for "holiday"/)
    const search = seen.filter((request) => request.method === 'POST').at(-1)
    expect(search?.body?.requests?.[0]).toMatchObject({ query: 'holiday', filters: 'locale:en' })
  })

  test('the build’s policy allows the Algolia host', () => {
    const headers = readFileSync(`${dir}/_headers`, 'utf8')
    expect(headers).toContain(`connect-src 'self' ${trackingUrl} http://127.0.0.1:${algoliaPort}`)
  })
})
