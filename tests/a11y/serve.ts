/**
 * Serves the built a11y sites: the real site on A11Y_SITE_URL (default 127.0.0.1:4400) and the
 * seeded-fault site on A11Y_FAULTS_URL (4401). `npm run a11y` builds them first; this file is
 * what tests/a11y/playwright.config.ts starts when the runner is not already serving them.
 */
import { faultsDir, faultsUrl, siteDir, siteUrl } from './lib/paths.ts'
import { serveStatic } from './lib/serve.ts'

await serveStatic(siteDir, Number(new URL(siteUrl).port))
await serveStatic(faultsDir, Number(new URL(faultsUrl).port))
console.log(`a11y: serving ${siteDir} on ${siteUrl} and ${faultsDir} on ${faultsUrl}`)
