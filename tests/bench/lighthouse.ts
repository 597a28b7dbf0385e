// Lighthouse (mobile emulation, simulated throttling) on every page type of the sample site,
// served by the site's own static host (serve/: gzip, `_headers`), next to the 404 page
// (the bare layout) audited in the same run. Chromium cannot reach any host but 127.0.0.1.
// Goals per type: performance ≥ 95, LCP ≤ 2.0 s, CLS 0.
import { audit, launchForLighthouse, type LighthouseFigures } from './lib/lighthouseRun.ts'
import { baselinePath, pageTypes, pathFor, verdict } from './lib/pageTypes.ts'
import { sampleSite } from './lib/sampleSite.ts'
import { serveStatic } from './lib/staticServer.ts'
import type { BenchRow, BenchSection } from './section.ts'

/** Lighthouse's own advice: the median of several runs; each figure's median is taken alone. */
const runsPerPage = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)

type Figure = keyof Omit<LighthouseFigures, 'external'>
type Measure = {
  key: Figure
  label: string
  unit: string
  /** The goal for this figure, when it has one. */
  goal?: { text: string; met: (value: number) => boolean }
}

const measures: Measure[] = [
  {
    key: 'performance',
    label: 'performance',
    unit: 'score',
    goal: { text: '≥ 95', met: (v) => v >= 95 },
  },
  { key: 'lcpMs', label: 'LCP', unit: 'ms', goal: { text: '≤ 2,000 ms', met: (v) => v <= 2000 } },
  { key: 'cls', label: 'CLS', unit: '', goal: { text: '0', met: (v) => v === 0 } },
  { key: 'tbtMs', label: 'TBT', unit: 'ms' },
  { key: 'accessibility', label: 'accessibility', unit: 'score' },
  { key: 'bestPractices', label: 'best practices', unit: 'score' },
  { key: 'seo', label: 'SEO', unit: 'score' },
]

function rowsFor(name: string, path: string, figures: LighthouseFigures, base: LighthouseFigures) {
  return measures.map((measure): BenchRow => {
    const [value, baseline] = [figures[measure.key], base[measure.key]]
    const higherIsBetter = measure.unit === 'score'
    const ratio = baseline === 0 ? undefined : value / baseline
    const external = figures.external.length
      ? `; REFUSED other hosts: ${figures.external.join(' ')}`
      : ''
    const goal = measure.goal
      ? `goal ${measure.goal.text}: ${verdict(measure.goal.met(value))}; `
      : ''
    return {
      name: `${name} ${path}: ${measure.label}`,
      value,
      unit: measure.unit,
      baseline,
      ...(ratio !== undefined && { ratio }),
      note: `${goal}median of ${runsPerPage}; ratio = ÷ 404 page (${higherIsBetter ? 'higher' : 'lower'} is better)${external}`,
    }
  })
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * One audit, tried again up to twice when Lighthouse reports a runtime error of its own
 * (NO_NAVSTART, NO_FCP: its trace went wrong on the busy machine); a third failure throws.
 */
async function auditWithRetry(chrome: { port: number }, url: string): Promise<LighthouseFigures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(chrome, url)
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('Lighthouse:')) throw error
      console.log(`  ${url}: ${(error as Error).message}; trying again`)
    }
  }
}

/** Audits `url` `runsPerPage` times and keeps the median of every figure. */
async function medianAudit(chrome: { port: number }, url: string): Promise<LighthouseFigures> {
  const runs: LighthouseFigures[] = []
  for (let run = 0; run < runsPerPage; run++) runs.push(await auditWithRetry(chrome, url))
  const figures = { external: [...new Set(runs.flatMap((run) => run.external))] }
  for (const { key } of measures)
    Object.assign(figures, { [key]: median(runs.map((run) => run[key])) })
  return figures as LighthouseFigures
}

/** Whether every goal of the figures is met. */
const meetsGoals = (figures: LighthouseFigures) =>
  measures.every((measure) => !measure.goal || measure.goal.met(figures[measure.key]))

export default async function lighthouse(): Promise<BenchSection> {
  const site = await sampleSite()
  const server = await serveStatic(site)
  const chrome = await launchForLighthouse()
  try {
    const base = await medianAudit(chrome, server.origin + baselinePath)
    const rows: BenchRow[] = []
    const missing: string[] = []
    const short: string[] = []
    let measured = 0
    for (const page of pageTypes) {
      const path = pathFor(site, page)
      if (!path) {
        missing.push(page.type)
        continue
      }
      const figures = path === baselinePath ? base : await medianAudit(chrome, server.origin + path)
      const name = path === baselinePath ? `${page.type} (bare layout, baseline)` : page.type
      rows.push(...rowsFor(name, path, figures, base))
      measured++
      if (!meetsGoals(figures)) short.push(page.type)
    }
    rows.push({
      name: 'page types meeting every goal (performance ≥ 95, LCP ≤ 2.0 s, CLS 0)',
      value: measured - short.length,
      unit: `of ${measured}`,
      note:
        (short.length ? `NOT met: ${short.join(', ')}` : 'all met') +
        (missing.length ? `; no page yet: ${missing.join(', ')}` : ''),
    })
    return {
      title: 'Lighthouse, mobile (sample site via serve/: gzip, _headers)',
      rows,
    }
  } finally {
    chrome.kill()
    await server.close()
  }
}
