import { defineConfig } from '@playwright/test'
import { adminE2e } from './setup.ts'
import { chromiumLaunchOptions } from '../lib/chromium.ts'

/**
 * The editor's loop end to end: `npm start` itself (CMS admin, tracking API, site built from
 * the CMS) on ports and a data folder of its own, driven in Debian's Chromium.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  workers: 1,
  retries: 0,
  timeout: 180_000,
  reporter: [['list']],
  use: {
    baseURL: adminE2e.cmsUrl,
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `rm -rf ${adminE2e.dataDir} && node_modules/.bin/node scripts/start.ts`,
    cwd: adminE2e.root,
    url: `${adminE2e.siteUrl}/`,
    timeout: 300_000,
    stdout: 'pipe',
    env: adminE2e.env,
  },
})
