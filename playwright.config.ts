import { defineConfig, devices } from '@playwright/test'

import {
  trackingDb,
  trackingPort,
  trackingReadToken,
  trackingUrl,
} from './tests/e2e/trackingEnv.ts'
import { chromiumLaunchOptions } from './tests/lib/chromium.ts'

const port = Number(process.env.SITE_PORT ?? 4321)

const build =
  'node_modules/.bin/node tests/e2e/prepareContent.ts && ' +
  `SITE_CONTENT_DIR=node_modules/.cache/jobunivers-e2e/content TRACKING_URL=${trackingUrl} npm run site:build`

/** The site's own static host (serve/): production headers of dist/_headers, gzip. */
const serve = 'node_modules/.bin/node serve/cli.ts --dir dist --host 127.0.0.1'

/**
 * End-to-end tests of the built site in Debian's Chromium. The web servers: the tracking API
 * on a fresh SQLite file and a port of its own (tests/e2e/trackingEnv.ts), and the site, built
 * from the sample content with one English translation removed (tests/e2e/prepareContent.ts)
 * and TRACKING_URL pointing at that API, served from dist/ by serve/cli.ts.
 * E2E_SKIP_BUILD=1 serves an existing dist/ as it is.
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
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: [
    {
      command: `mkdir -p $(dirname ${trackingDb}) && rm -f ${trackingDb} ${trackingDb}-wal ${trackingDb}-shm && node_modules/.bin/node tracking/server.ts`,
      env: {
        TRACKING_PORT: String(trackingPort),
        TRACKING_DATABASE_URL: `sqlite:${trackingDb}`,
        TRACKING_ALLOWED_ORIGINS: `http://127.0.0.1:${port}`,
        TRACKING_RATE_LIMIT: '0',
        TRACKING_READ_TOKEN: trackingReadToken,
        TRACKING_LOG_LEVEL: 'warn',
      },
      url: `${trackingUrl}/healthz`,
      reuseExistingServer: Boolean(process.env.E2E_REUSE_SERVER),
      timeout: 30_000,
    },
    {
      command: process.env.E2E_SKIP_BUILD
        ? `${serve} --port ${port}`
        : `${build} && ${serve} --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: Boolean(process.env.E2E_REUSE_SERVER),
      timeout: 180_000,
    },
  ],
})
