// Page weight per page type of the sample site built into a folder of our own: HTML, CSS,
// JS, fonts and images a phone fetches on first view, gzip and raw, next to the 404 page
// (the bare layout) as the baseline.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium, weighPage, type PageWeight, weightKinds } from './lib/pageLoad.ts'
import { sampleSite } from './lib/sampleSite.ts'
import { serveStatic } from './lib/staticServer.ts'
import type { BenchRow, BenchSection } from './section.ts'

/** Page types with the page measured (the e2e tests' examples) when it exists. */
const pageTypes: { type: string; folder?: string; preferred: string }[] = [
  { type: 'front', preferred: '/' },
  { type: 'flow', folder: 'forloeb', preferred: 'ny-paa-dagpenge' },
  { type: 'lesson', folder: 'laer', preferred: 'din-a-kasse' },
  { type: 'course', folder: 'kurser', preferred: 'find-job-paa-egen-haand' },
  { type: 'video (without the video file)', folder: 'video', preferred: 'jobloggen-kort-fortalt' },
  { type: 'checklist', folder: 'tjekliste', preferred: 'god-ansoegning' },
  { type: 'FAQ', preferred: '/spoergsmaal' },
  { type: 'search', preferred: '/soeg' },
  { type: 'my data', preferred: '/mine-data' },
]

/** The page measured for a type, or undefined when the site has no such page yet. */
function pathFor(site: string, entry: (typeof pageTypes)[number]): string | undefined {
  if (!entry.folder) {
    const file = entry.preferred === '/' ? 'index.html' : `${entry.preferred.slice(1)}/index.html`
    return existsSync(join(site, file)) ? entry.preferred : undefined
  }
  const dir = join(site, entry.folder)
  if (!existsSync(dir)) return undefined
  const slugs = readdirSync(dir).sort()
  const slug = slugs.includes(entry.preferred) ? entry.preferred : slugs[0]
  return slug ? `/${entry.folder}/${slug}` : undefined
}

const kb = (bytes: number) => bytes / 1024
const total = (bytes: Record<string, number>) => Object.values(bytes).reduce((a, b) => a + b, 0)
const split = (weight: PageWeight) =>
  weightKinds
    .filter((kind) => weight.raw[kind] > 0)
    .map((kind) => `${kind} ${kb(weight.gzip[kind]).toFixed(1)}/${kb(weight.raw[kind]).toFixed(1)}`)
    .join(' · ')

function row(name: string, path: string, weight: PageWeight, base?: PageWeight): BenchRow {
  const gzip = kb(total(weight.gzip))
  const htmlCss = kb(weight.gzip.html + weight.gzip.css)
  const external =
    weight.external.length > 0 ? `; REFUSED other hosts: ${weight.external.join(' ')}` : ''
  return {
    name: `${name} ${path}, all gzip`,
    value: gzip,
    unit: 'KB',
    ...(base && { baseline: kb(total(base.gzip)), ratio: gzip / kb(total(base.gzip)) }),
    note:
      `KB gzip/raw: ${split(weight)}; ${weight.requests} requests; ` +
      `HTML+CSS ${htmlCss.toFixed(1)}/60 KB gzip${external}`,
  }
}

export default async function pageWeight(): Promise<BenchSection> {
  const site = await sampleSite()
  const server = await serveStatic(site)
  const browser = await launchChromium()
  try {
    const base = await weighPage(browser, server.origin, '/404.html')
    const baseRow = row('404 page (bare layout), baseline', '/404.html', base)
    const rows: BenchRow[] = [
      { ...baseRow, note: `ratios below = page ÷ this (lower is better); ${baseRow.note}` },
    ]
    for (const entry of pageTypes) {
      const path = pathFor(site, entry)
      if (!path) {
        rows.push({ name: `${entry.type}: no such page yet`, value: 0, unit: '', note: 'skipped' })
        continue
      }
      const weight = await weighPage(browser, server.origin, path)
      rows.push(row(entry.type, path, weight, base))
    }
    return { title: 'Page weight per page type (sample site, phone, first view)', rows }
  } finally {
    await browser.close()
    await server.close()
  }
}
