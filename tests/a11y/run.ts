/**
 * `npm run a11y`: every layer of the accessibility checks (docs/accessibility.md)
 * in one run, then the report a tester reads at reports/a11y/index.html (+ summary.json).
 * Builds the site and the seeded-fault site into folders of its own, serves both, runs pa11y-ci
 * over every page of the sitemap, then the Playwright layers (tests/a11y/playwright.config.ts).
 * Exits non-zero on any error. A11Y_SKIP_BUILD=1 reuses the last builds.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Server } from 'node:http'
import { buildSites } from './lib/buildSites.ts'
import type { CheckRecord } from './lib/findings.ts'
import { htmlcsSniffs, pa11yAxeRules, runPa11y } from './lib/pa11y.ts'
import { faultsDir, faultsUrl, rawDir, reportDir, root, siteDir, siteUrl } from './lib/paths.ts'
import { serveStatic } from './lib/serve.ts'
import { shootPa11yFindings } from './lib/shots.ts'
import { sitemapPaths } from './lib/sitemap.ts'
import { writeReport } from './report/generate.ts'

const started = Date.now()
const seconds = () => Math.round((Date.now() - started) / 1000)
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

fs.rmSync(reportDir, { recursive: true, force: true })
fs.mkdirSync(path.join(rawDir, 'records'), { recursive: true })

if (!process.env.A11Y_SKIP_BUILD) {
  console.log('▶ a11y: building the site and the seeded-fault site')
  const content = path.join(root, 'node_modules', '.cache', 'jobunivers-e2e', 'content')
  await run(bin('node'), [path.join(root, 'tests', 'e2e', 'prepareContent.ts')], 'ignore')
  await buildSites(content)
}

const servers: Server[] = [
  await serveStatic(siteDir, Number(new URL(siteUrl).port)),
  await serveStatic(faultsDir, Number(new URL(faultsUrl).port)),
]
let failed: boolean
try {
  const paths = [...sitemapPaths(siteDir), '/findes-ikke']
  console.log(
    `▶ a11y 1/2: pa11y-ci (htmlcs + axe, WCAG2AA) over ${paths.length} pages (${seconds()} s)`,
  )
  const sniffs = htmlcsSniffs()
  const axeRules = pa11yAxeRules()
  const pages = await shootPa11yFindings(
    await runPa11y(
      paths.map((p) => `${siteUrl}${p}`),
      'site',
    ),
  )
  for (const [index, result] of pages.entries()) {
    const record: CheckRecord = {
      layer: 'pages',
      page: new URL(result.url).pathname.replace(/(.)\/$/, '$1'),
      state: 'as built, 1280×1024 (pa11y-ci)',
      rules: [...axeRules, ...sniffs.map((s) => `htmlcs:${s}`)],
      findings: result.error
        ? [
            {
              rule: 'pa11y',
              runner: 'htmlcs',
              criterion: 'not tested',
              element: 'html',
              html: '',
              message: `pa11y-ci could not test the page: ${result.error}`,
              fix: 'Run again; if it repeats, open the page and look for a crash or endless loading.',
            },
          ]
        : result.findings,
    }
    fs.writeFileSync(
      path.join(rawDir, 'records', `pages-${index}.json`),
      JSON.stringify(record, null, 1),
    )
  }
  const pa11yFailed = pages.filter((p) => p.error || p.findings.length > 0).length
  console.log(`  ${pages.length - pa11yFailed} of ${pages.length} pages without errors`)

  console.log(
    `▶ a11y 2/2: Playwright — states, keyboard, page checks, seeded faults (${seconds()} s)`,
  )
  const report = path.join(rawDir, 'playwright.json')
  const ok = await run(
    bin('playwright'),
    ['test', '-c', 'tests/a11y/playwright.config.ts', '--reporter=list,json'],
    'inherit',
    { PLAYWRIGHT_JSON_OUTPUT_NAME: report },
  ).then(
    () => true,
    () => false,
  )
  const stats = fs.existsSync(report)
    ? (
        JSON.parse(fs.readFileSync(report, 'utf8')) as {
          stats: { expected: number; unexpected: number; flaky: number; skipped: number }
        }
      ).stats
    : { expected: 0, unexpected: 1, flaky: 0, skipped: 0 }
  const tests = {
    passed: stats.expected + stats.flaky + pages.length - pa11yFailed,
    failed: stats.unexpected + pa11yFailed,
    skipped: stats.skipped,
  }
  const summary = writeReport(tests, sniffs.length, seconds())
  failed = !ok || tests.failed > 0 || summary.errors > 0 || summary.faults.some((f) => !f.caught)
  console.log(
    `\na11y: ${summary.pages} pages, ${summary.states} states, ${summary.rules.total} rules checked (${summary.rules.axe} axe, ${summary.rules.htmlcs} htmlcs, ${summary.rules.site} own); ${summary.errors} errors; ${summary.faults.filter((f) => f.caught).length}/${summary.faults.length} seeded faults caught; ${seconds()} s`,
  )
  console.log(`report: ${path.join(reportDir, 'index.html')}`)
} finally {
  for (const server of servers) server.close()
}
process.exit(failed ? 1 : 0)

function run(
  command: string,
  args: string[],
  stdio: 'inherit' | 'ignore',
  env: Record<string, string> = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', stdio, 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`)),
    )
  })
}
