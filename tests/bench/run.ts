// `npm run bench`: runs every benchmark module in tests/bench (each default-exports an
// async function resolving to a BenchSection), prints a table per section, and writes
// reports/bench/latest.json and latest.md. `npm run bench -- ingest` runs only ingest.ts.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { BenchRow, BenchSection } from './section.ts'

const here = fileURLToPath(new URL('.', import.meta.url))
const reports = fileURLToPath(new URL('../../reports/bench/', import.meta.url))
const only = process.argv.slice(2)

const modules = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && !['run.ts', 'section.ts'].includes(file))
  .filter((file) => only.length === 0 || only.includes(basename(file, '.ts')))
  .sort()

type Result = BenchSection & { module: string; seconds: number; error?: string }

const format = (n: number | undefined) =>
  n === undefined ? '' : n.toLocaleString('en-US', { maximumFractionDigits: 2 })

function table(rows: BenchRow[]): string[][] {
  return [
    ['measure', 'value', 'unit', 'baseline', 'ratio', 'note'],
    ...rows.map((row) => [
      row.name,
      format(row.value),
      row.unit,
      format(row.baseline),
      format(row.ratio),
      row.note ?? '',
    ]),
  ]
}

function printTable(result: Result) {
  console.log(`\n== ${result.title} (${result.module}, ${result.seconds.toFixed(1)} s)`)
  if (result.error) console.log(`   FAILED: ${result.error}`)
  const cells = table(result.rows)
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)))
  for (const row of cells)
    console.log(
      row
        .map((cell, i) =>
          i === 1 || i === 3 || i === 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!),
        )
        .join('  '),
    )
}

function markdown(results: Result[], machine: string): string {
  const lines = ['# Benchmarks', '', machine, '']
  for (const result of results) {
    lines.push(
      `## ${result.title}`,
      '',
      `\`tests/bench/${result.module}\`, ${result.seconds.toFixed(1)} s`,
      '',
    )
    if (result.error) lines.push(`**Failed:** ${result.error}`, '')
    const cells = table(result.rows)
    lines.push(`| ${cells[0]!.join(' | ')} |`, `| ${cells[0]!.map(() => '---').join(' | ')} |`)
    for (const row of cells.slice(1))
      lines.push(`| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`)
    lines.push('')
  }
  return lines.join('\n')
}

const results: Result[] = []
for (const file of modules) {
  const started = performance.now()
  console.log(`\nbench: running ${file}`)
  try {
    const module = (await import(pathToFileURL(join(here, file)).href)) as {
      default: () => Promise<BenchSection>
    }
    const section = await module.default()
    results.push({ ...section, module: file, seconds: (performance.now() - started) / 1000 })
  } catch (error) {
    process.exitCode = 1
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
    results.push({
      title: file,
      rows: [],
      module: file,
      seconds: (performance.now() - started) / 1000,
      error: message,
    })
  }
  printTable(results.at(-1)!)
}

const machine = `${new Date().toISOString()}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`
mkdirSync(reports, { recursive: true })
writeFileSync(
  join(reports, 'latest.json'),
  JSON.stringify({ machine, sections: results }, null, 2) + '\n',
)
writeFileSync(join(reports, 'latest.md'), markdown(results, machine))
console.log(`\nbench: wrote ${join(reports, 'latest.json')} and latest.md`)
