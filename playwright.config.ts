import { defineConfig, devices } from '@playwright/test'

const port = Number(process.env.SITE_PORT ?? 4321)

const build =
  'node_modules/.bin/node tests/e2e/prepareContent.ts && ' +
  'SITE_CONTENT_DIR=node_modules/.cache/jobunivers-e2e/content npm run site:build'

/**
 * End-to-end tests of the built site in Debian's Chromium. The web server builds the site
 * from the sample content with one English translation removed (tests/e2e/prepareContent.ts)
 * and serves dist/ with `astro preview`. E2E_SKIP_BUILD=1 serves an existing dist/ as it is.
 */
export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.e2e.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: process.env.E2E_SKIP_BUILD
      ? `npx astro preview --host 127.0.0.1 --port ${port}`
      : `${build} && npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: Boolean(process.env.E2E_REUSE_SERVER),
    timeout: 180_000,
  },
})
