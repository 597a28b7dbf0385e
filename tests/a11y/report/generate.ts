import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { faults } from '../fixtures/faults.mjs'
import { readVerdicts } from '../fixtures/verdicts.ts'
import type { CheckRecord, Layer } from '../lib/findings.ts'
import { rawDir, reportDir } from '../lib/paths.ts'
import { summarise, type Summary } from '../lib/summary.ts'
import { reportHtml } from './html.ts'

function readRecords(kind: 'records' | 'faults'): CheckRecord[] {
  const dir = path.join(rawDir, kind)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CheckRecord)
    .sort(
      (a, b) =>
        a.layer.localeCompare(b.layer) ||
        a.page.localeCompare(b.page) ||
        a.state.localeCompare(b.state),
    )
}

/**
 * Whether each layer caught each seeded fault, as the seeded-fault test judged it
 * (fixtures/verdicts.ts): its rule reported on the seeded element and not on the clean twin.
 * A fault the test did not judge counts as missed.
 */
function faultOutcomes(): Summary['faults'] {
  const verdicts = readVerdicts()
  return faults.flatMap((fault) =>
    (Object.entries(fault.expect) as [Layer, string[]][])
      .filter(([, expected]) => expected.length > 0)
      .map(([layer, expected]) => {
        const caught = verdicts.some((v) => v.fault === fault.name && v.layer === layer && v.caught)
        return { fault: fault.name, layer, expected, caught }
      }),
  )
}

/**
 * Writes reports/a11y/index.html and summary.json from the raw records of a run and returns
 * the summary.
 */
export function writeReport(
  tests: Summary['tests'],
  htmlcsSniffs: number,
  durationSeconds: number,
): Summary {
  const records = readRecords('records')
  const faultRecords = readRecords('faults')
  const summary = summarise(records, faultOutcomes(), tests, htmlcsSniffs, durationSeconds)
  writeFileSync(path.join(reportDir, 'summary.json'), JSON.stringify(summary, null, 2))
  writeFileSync(path.join(reportDir, 'index.html'), reportHtml(summary, records, faultRecords))
  return summary
}
