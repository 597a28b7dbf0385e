import { expect, test } from '@playwright/test'
import { runPageChecks } from './checks/pageChecks.ts'
import { describeFindings } from './lib/findings.ts'
import { siteDir } from './lib/paths.ts'
import { record } from './lib/record.ts'
import { sitemapPaths } from './lib/sitemap.ts'

/** Layer 4: the checks tools can make beyond axe and HTML_CodeSniffer, on every built page. */
const pages = [...sitemapPaths(siteDir), '/findes-ikke']

test.use({ viewport: { width: 320, height: 640 } })

for (const path of pages) {
  test(`${path}: headings, lang, target size, text resize, reduced motion, captions`, async ({
    page,
  }) => {
    const { findings, hasVideo } = await runPageChecks(page, path)
    const rules = [
      'heading-one-h1',
      'heading-levels',
      'lang-valid',
      'lang-fallback',
      'target-size',
      'reduced-motion',
      'reflow',
      'text-resize',
    ]
    const recorded = await record(page, {
      layer: 'checks',
      page: path,
      state: 'as loaded, 320×640 and 1280×800',
      rules: hasVideo ? [...rules, 'captions-track'] : rules,
      findings,
    })
    expect(describeFindings(recorded)).toEqual([])
  })
}
