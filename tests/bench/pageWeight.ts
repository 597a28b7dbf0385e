// Page weight per page type of the sample site built into a folder of our own and served by
// the site's own static host (gzip, `_headers`): HTML, CSS, JS, fonts and images a phone
// fetches on first view, as transferred and decoded, next to the 404 page (the bare layout).
// Goals: every content page at most 60 KB as transferred, CSS and fonts included; the flow
// page's JavaScript under 90 KB.
import { launchChromium, weighPage, type PageWeight, weightKinds } from './lib/pageLoad.ts'
import { baselinePath, pageTypes, pathFor, verdict, type PageType } from './lib/pageTypes.ts'
import { sampleSite } from './lib/sampleSite.ts'
import { serveStatic } from './lib/staticServer.ts'
import type { BenchRow, BenchSection } from './section.ts'

/** The goals, in KB as transferred. */
const contentPageGoalKb = 60
const flowJsGoalKb = 90

const kb = (bytes: number) => bytes / 1024
const total = (bytes: Record<string, number>) => Object.values(bytes).reduce((a, b) => a + b, 0)
const split = (weight: PageWeight) =>
  weightKinds
    .filter((kind) => weight.raw[kind] > 0)
    .map((kind) => `${kind} ${kb(weight.sent[kind]).toFixed(1)}/${kb(weight.raw[kind]).toFixed(1)}`)
    .join(' · ')

/** The goal a page type is held to, and whether this load meets it. */
function goal(entry: PageType, weight: PageWeight): string {
  if (entry.content) {
    const sent = kb(total(weight.sent))
    return `goal ≤ ${contentPageGoalKb} KB all in: ${verdict(sent <= contentPageGoalKb)}`
  }
  const js = kb(weight.sent.js)
  return `goal JS < ${flowJsGoalKb} KB: ${js.toFixed(1)} KB, ${verdict(js < flowJsGoalKb)}`
}

function row(entry: PageType, path: string, weight: PageWeight, base?: PageWeight): BenchRow {
  const sent = kb(total(weight.sent))
  const external =
    weight.external.length > 0 ? `; REFUSED other hosts: ${weight.external.join(' ')}` : ''
  return {
    name: `${entry.type} ${path}, first view as transferred`,
    value: sent,
    unit: 'KB',
    ...(base && { baseline: kb(total(base.sent)), ratio: sent / kb(total(base.sent)) }),
    note:
      `${goal(entry, weight)}; KB transferred/decoded: ${split(weight)}; ` +
      `${weight.requests} requests${external}`,
  }
}

export default async function pageWeight(): Promise<BenchSection> {
  const site = await sampleSite()
  const server = await serveStatic(site)
  const browser = await launchChromium()
  try {
    const base = await weighPage(browser, server.origin, baselinePath)
    const rows: BenchRow[] = []
    let [met, measured] = [0, 0]
    for (const entry of pageTypes) {
      const path = pathFor(site, entry)
      if (!path) {
        rows.push({ name: `${entry.type}: no such page yet`, value: 0, unit: '', note: 'skipped' })
        continue
      }
      const isBase = path === baselinePath
      const weight = isBase ? base : await weighPage(browser, server.origin, path)
      const made = row(entry, path, weight, isBase ? undefined : base)
      rows.push(
        isBase
          ? {
              ...made,
              name: `${made.name} (bare layout, baseline)`,
              note: `ratios = page ÷ this (lower is better); ${made.note}`,
            }
          : made,
      )
      measured++
      if (!made.note?.includes('NOT met')) met++
    }
    rows.push({
      name: 'page types meeting their byte goal',
      value: met,
      unit: `of ${measured}`,
      note: `content pages ≤ ${contentPageGoalKb} KB transferred incl. CSS and fonts; flow JS < ${flowJsGoalKb} KB`,
    })
    return {
      title: 'Page weight per page type (sample site via serve/, gzip; phone, first view)',
      rows,
    }
  } finally {
    await browser.close()
    await server.close()
  }
}
