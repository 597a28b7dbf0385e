// Debian's Chromium as every browser test starts it: headless, no sandbox (it runs as root in
// containers), and no background traffic of its own (updates, sync, field trials) that would
// add requests to what a test measures or hang on a machine without internet.
import type { LaunchOptions } from '@playwright/test'

/** Debian's Chromium binary. */
export const chromiumPath = '/usr/bin/chromium'

/** Flags for any launcher that picks headless mode itself (pa11y-ci's Puppeteer). */
export const quietChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The flags a headless Chromium is started with (Playwright, Lighthouse). */
export const chromiumArgs = ['--headless', ...quietChromiumArgs]

/** Playwright's `launchOptions` for Debian's Chromium, with `extraArgs` after the shared flags. */
export function chromiumLaunchOptions(extraArgs: string[] = []): LaunchOptions {
  return { executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] }
}
