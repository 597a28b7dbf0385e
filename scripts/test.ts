/**
 * `npm test`: every layer that can fail, in order — the house rules (`npm run lint`, stopping
 * there when it fails), type check, unit and integration tests
 * (Vitest: SQLite and Postgres), browser tests of the site and of the editor's loop
 * (Playwright, Debian's Chromium), the accessibility layers (tests/a11y/run.ts) — then one closing line counting all tests: "N passed, N failed, N skipped".
 */
import fs from 'node:fs'
import path from 'node:path'
import { run } from './lib/children.ts'
import { root } from './lib/cmsFromEnv.ts'

type Counts = { passed: number; failed: number; skipped: number }
const total: Counts = { passed: 0, failed: 0, skipped: 0 }
const reports = path.join(root, 'reports', 'test')
fs.mkdirSync(reports, { recursive: true })
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)
let failedSteps = 0

async function step(
  name: string,
  command: string,
  args: string[],
  countsFrom?: () => Counts,
  env: Record<string, string> = {},
): Promise<void> {
  console.log(`\n▶ ${name}`)
  try {
    await run(command, args, { ...process.env, ...env })
  } catch (error) {
    failedSteps++
    console.error(`✗ ${name}: ${(error as Error).message}`)
  }
  if (!countsFrom) return
  try {
    const counts = countsFrom()
    total.passed += counts.passed
    total.failed += counts.failed
    total.skipped += counts.skipped
  } catch {
    failedSteps++
    console.error(`✗ ${name}: no test report was written`)
  }
}

type VitestReport = {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults: { name: string; status: string; message?: string; assertionResults: unknown[] }[]
}

const vitestCounts = (): Counts => {
  const report = JSON.parse(
    fs.readFileSync(path.join(reports, 'vitest.json'), 'utf8'),
  ) as VitestReport
  // A file that fails before any test runs (e.g. Postgres required but not answering) has no
  // test results of its own: count it as one failure, so the closing line cannot hide it.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  )
  for (const file of brokenFiles)
    console.error(`✗ ${path.relative(root, file.name)}: ${file.message ?? 'failed to run'}`)
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles.length,
    skipped: report.numPendingTests + report.numTodoTests,
  }
}

/** The part of Playwright's JSON report the counts come from. */
type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number }
}

const playwrightCounts = (file: string): Counts => {
  const report = JSON.parse(fs.readFileSync(path.join(reports, file), 'utf8')) as PlaywrightReport
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
  }
}

for (const file of fs.readdirSync(reports)) fs.rmSync(path.join(reports, file), { force: true })

/** A Playwright suite, counted from its JSON report. */
const playwright = (name: string, config: string, report: string) =>
  step(
    name,
    bin('playwright'),
    ['test', '--config', config, '--reporter=list,json'],
    () => playwrightCounts(report),
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, report),
    },
  )

// The house rules first, and nothing else runs when they fail: a finding is cheaper to fix
// than the test run it would otherwise cost.
await step('lint: jscpd, Prettier, Knip, astro check, ESLint (npm run lint)', process.execPath, [
  path.join(root, 'scripts', 'lint.ts'),
])
if (failedSteps > 0) {
  console.error('\ntests: not run, because npm run lint failed (fix what it printed above)')
  process.exit(1)
}
await step('type check', bin('tsc'), ['--noEmit', '-p', '.'])
// The CMS's hardening and header tests run against `next start` of the real admin build.
await step('CMS admin build (when its sources changed)', process.execPath, [
  '--input-type=module',
  '--eval',
  `import { ensureAdminBuilt } from ${JSON.stringify(path.join(root, 'scripts', 'lib', 'adminBuild.ts'))}
   console.log((await ensureAdminBuilt(${JSON.stringify(root)}, { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' })) ? 'built' : 'current')`,
])
await step(
  'unit and integration tests',
  bin('vitest'),
  [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.join(reports, 'vitest.json')}`,
  ],
  vitestCounts,
)
await playwright('browser tests of the citizen site', 'playwright.config.ts', 'playwright.json')
await playwright(
  "editor's loop: admin, rebuild, insights",
  'tests/admin/playwright.config.ts',
  'playwright-admin.json',
)

const a11ySummary = path.join(root, 'reports', 'a11y', 'summary.json')
/** The part of tests/a11y's summary.json this prints and counts. */
type A11ySummary = {
  pages: number
  states: number
  rules: { total: number }
  errors: number
  tests: Counts
}
const readA11ySummary = () => JSON.parse(fs.readFileSync(a11ySummary, 'utf8')) as A11ySummary
await step(
  'accessibility: pa11y-ci, axe states, keyboard, page checks, seeded faults (npm run a11y)',
  process.execPath,
  [path.join(root, 'tests', 'a11y', 'run.ts')],
  () => readA11ySummary().tests,
)
if (fs.existsSync(a11ySummary)) {
  const a11y = readA11ySummary()
  console.log(
    `\na11y: ${a11y.pages} pages, ${a11y.states} states, ${a11y.rules.total} rules checked, ${a11y.errors} errors`,
  )
}

const postgresSkipped =
  process.env.JOBUNIVERS_SKIP_POSTGRES === '1'
    ? ' (Postgres skipped on purpose: JOBUNIVERS_SKIP_POSTGRES=1)'
    : ''
console.log(
  `\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped${postgresSkipped}`,
)
process.exit(failedSteps > 0 || total.failed > 0 ? 1 : 0)
