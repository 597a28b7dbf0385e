import { defineConfig, devices } from '@playwright/test'

const port = Number(process.env.SITE_PORT ?? 4321)

/**
 * End-to-end tests of the built site in Debian's Chromium. The web server builds the site
 * (sample content unless CMS_URL is set) and serves dist/ with `astro preview`.
 * Set E2E_SKIP_BUILD=1 to serve an existing dist/ without building it again.
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
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: process.env.E2E_SKIP_BUILD
      ? `npx astro preview --host 127.0.0.1 --port ${port}`
      : `npm run site:build && npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
})
