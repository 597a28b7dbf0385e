// Lighthouse (mobile emulation, simulated throttling) on the front page, a flow page and a
// lesson of the sample site served locally, next to the 404 page (the bare layout) audited
// in the same run. Chromium cannot reach any host but 127.0.0.1.
import { sampleSite } from './lib/sampleSite.ts'
import { audit, launchForLighthouse, type LighthouseFigures } from './lib/lighthouseRun.ts'
import { serveStatic } from './lib/staticServer.ts'
import type { BenchRow, BenchSection } from './section.ts'

/** Lighthouse's own advice: the median of several runs; each figure's median is taken alone. */
const runsPerPage = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)

const pages = [
  { name: 'front', path: '/' },
  { name: 'flow', path: '/forloeb/ny-paa-dagpenge' },
  { name: 'lesson', path: '/laer/din-a-kasse' },
]

type Measure = { key: keyof Omit<LighthouseFigures, 'external'>; label: string; unit: string }

const measures: Measure[] = [
  { key: 'performance', label: 'performance', unit: 'score' },
  { key: 'accessibility', label: 'accessibility', unit: 'score' },
  { key: 'bestPractices', label: 'best practices', unit: 'score' },
  { key: 'seo', label: 'SEO', unit: 'score' },
  { key: 'lcpMs', label: 'LCP', unit: 'ms' },
  { key: 'tbtMs', label: 'TBT', unit: 'ms' },
  { key: 'cls', label: 'CLS', unit: '' },
]

function rowsFor(name: string, path: string, figures: LighthouseFigures, base: LighthouseFigures) {
  return measures.map((measure): BenchRow => {
    const [value, baseline] = [figures[measure.key], base[measure.key]]
    const higherIsBetter = measure.unit === 'score'
    const ratio = baseline === 0 ? undefined : value / baseline
    const external = figures.external.length
      ? `; REFUSED other hosts: ${figures.external.join(' ')}`
      : ''
    return {
      name: `${name} ${path}: ${measure.label}`,
      value,
      unit: measure.unit,
      baseline,
      ...(ratio !== undefined && { ratio }),
      note: `median of ${runsPerPage}; ratio = ÷ 404 page (${higherIsBetter ? 'higher' : 'lower'} is better)${external}`,
    }
  })
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Audits `url` `runsPerPage` times and keeps the median of every figure. */
async function medianAudit(chrome: { port: number }, url: string): Promise<LighthouseFigures> {
  const runs: LighthouseFigures[] = []
  for (let run = 0; run < runsPerPage; run++) runs.push(await audit(chrome, url))
  const figures = { external: [...new Set(runs.flatMap((run) => run.external))] }
  for (const { key } of measures)
    Object.assign(figures, { [key]: median(runs.map((run) => run[key])) })
  return figures as LighthouseFigures
}

export default async function lighthouse(): Promise<BenchSection> {
  const site = await sampleSite()
  const server = await serveStatic(site)
  const chrome = await launchForLighthouse()
  try {
    const base = await medianAudit(chrome, `${server.origin}/404.html`)
    const rows: BenchRow[] = []
    for (const page of pages) {
      const figures = await medianAudit(chrome, server.origin + page.path)
      rows.push(...rowsFor(page.name, page.path, figures, base))
    }
    if (base.external.length)
      rows.push({
        name: '404 page: requests to other hosts',
        value: base.external.length,
        unit: '',
      })
    return { title: 'Lighthouse, mobile (sample site, served locally)', rows }
  } finally {
    chrome.kill()
    await server.close()
  }
}
