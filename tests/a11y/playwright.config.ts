import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from '../lib/chromium.ts'
import { siteUrl } from './lib/paths.ts'

/**
 * The browser layers of the accessibility checks (states, keyboard, page checks, seeded
 * faults) in Debian's Chromium. `npm run a11y` builds both sites and serves them before it runs
 * this; on its own (`npx playwright test -c tests/a11y/playwright.config.ts`) it serves the
 * last builds with tests/a11y/serve.ts.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.a11y.ts',
  workers: Number(process.env.A11Y_WORKERS ?? 2),
  fullyParallel: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: '../../test-results/a11y',
  use: {
    baseURL: siteUrl,
    // Videos play muted in the "captions on" state without a click.
    launchOptions: chromiumLaunchOptions(['--autoplay-policy=no-user-gesture-required']),
  },
  webServer: {
    command: 'node_modules/.bin/node tests/a11y/serve.ts',
    cwd: '../..',
    url: `${siteUrl}/`,
    reuseExistingServer: true,
    timeout: 30_000,
  },
})
