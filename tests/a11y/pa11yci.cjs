// pa11y-ci configuration of the static layer (`npm run a11y` runs it over every page of the
// built sitemap, both locales, in shards). The runner passes the URL list and the JSON report
// path in A11Y_PA11Y_URLS and A11Y_PA11Y_REPORT. By hand, against a served build:
//   npx pa11y-ci -c tests/a11y/pa11yci.cjs http://127.0.0.1:4400/ http://127.0.0.1:4400/en/
// pa11y-ci loads its config with require(), so this file is CommonJS; Node 24 requires the
// TypeScript module as it would import it.
/* eslint-disable @typescript-eslint/no-require-imports -- require() is CommonJS's only import */
const { readFileSync } = require('node:fs')
const { chromiumPath, quietChromiumArgs } = require('../lib/chromium.ts')
/* eslint-enable @typescript-eslint/no-require-imports */

const urls = process.env.A11Y_PA11Y_URLS
  ? JSON.parse(readFileSync(process.env.A11Y_PA11Y_URLS, 'utf8'))
  : []

module.exports = {
  defaults: {
    standard: 'WCAG2AA',
    runners: ['htmlcs', 'axe'],
    // One page at a time per browser: two pages in one Chromium here lose targets
    // ("Target.closeTarget: No target with given id found"); the runner shards instead.
    concurrency: 1,
    timeout: 60000,
    // axe's "needs review" results (it could not decide, e.g. the colour behind text that sits
    // next to a DKFDS checkbox drawn with ::before) are warnings for a person to check, not
    // errors; everything axe and HTML_CodeSniffer decide is an error. No rule is turned off.
    levelCapWhenNeedsReview: 'warning',
    // Puppeteer picks headless mode itself, so the shared flags without --headless.
    chromeLaunchConfig: {
      executablePath: chromiumPath,
      args: [...quietChromiumArgs, '--disable-setuid-sandbox', '--disable-dev-shm-usage'],
    },
    reporters: process.env.A11Y_PA11Y_REPORT
      ? [['json', { fileName: process.env.A11Y_PA11Y_REPORT }]]
      : ['cli'],
  },
  urls,
}
