import type { CheckRecord, Finding, Layer } from '../lib/findings.ts'
import type { Summary } from '../lib/summary.ts'

const esc = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

const layerNames: Record<Layer, string> = {
  pages: '1. Every built page (pa11y-ci: HTML_CodeSniffer and axe, WCAG2AA)',
  states: '2. Every interactive state (axe in Playwright, WCAG 2.2 A/AA, 320×640 and 1280×800)',
  keyboard: '3. Keyboard and focus',
  checks: '4. Headings, lang, target size, text resize, reduced motion, captions',
}

function findingRow(f: Finding): string {
  const shot = f.screenshot
    ? `<img src="${esc(f.screenshot)}" alt="Screenshot of ${esc(f.element)}">`
    : '—'
  return `<tr><td>${esc(f.criterion)}<br><small>${esc(f.runner)}: ${esc(f.rule)}</small></td>
<td><code>${esc(f.element)}</code><pre>${esc(f.html)}</pre></td><td>${esc(f.message)}</td><td>${esc(f.fix)}</td><td>${shot}</td></tr>`
}

function recordBlock(r: CheckRecord): string {
  return `<section class="record"><h4>${esc(r.page)} — ${esc(r.state)}</h4>
<table><caption>${r.findings.length} errors, ${r.rules.length} rules checked</caption>
<thead><tr><th scope="col">Criterion</th><th scope="col">Element</th><th scope="col">What is wrong</th><th scope="col">How to fix</th><th scope="col">Screenshot</th></tr></thead>
<tbody>${r.findings.map(findingRow).join('\n')}</tbody></table></section>`
}

function layerSection(layer: Layer, records: CheckRecord[]): string {
  const mine = records.filter((r) => r.layer === layer)
  const failing = mine.filter((r) => r.findings.length > 0)
  const passing = mine.filter((r) => r.findings.length === 0)
  return `<section><h2>${esc(layerNames[layer])}</h2>
<p>${mine.length} page states checked, ${failing.length} with errors.</p>
${failing.map(recordBlock).join('\n')}
<details><summary>${passing.length} without errors</summary><ul>
${passing.map((r) => `<li>${esc(r.page)} — ${esc(r.state)} (${r.rules.length} rules)</li>`).join('\n')}
</ul></details></section>`
}

function faultsSection(summary: Summary, faultRecords: CheckRecord[]): string {
  const rows = summary.faults
    .map(
      (f) =>
        `<tr><td>${esc(f.fault)}</td><td>${esc(layerNames[f.layer])}</td><td>${esc(f.expected.join(', '))}</td><td>${f.caught ? 'caught' : '<strong>MISSED</strong>'}</td></tr>`,
    )
    .join('\n')
  return `<section><h2>Seeded faults: proof that the checks bite</h2>
<p>The site is built a second time with the broken pages of <code>tests/a11y/fixtures/</code>; each layer must report the fault it is there to catch.</p>
<table><thead><tr><th scope="col">Fault</th><th scope="col">Layer</th><th scope="col">Must report</th><th scope="col">Result</th></tr></thead><tbody>${rows}</tbody></table>
<details><summary>What the layers reported on the fault pages</summary>${faultRecords
    .filter((r) => r.findings.length > 0)
    .map(recordBlock)
    .join('\n')}</details></section>`
}

/** The report a tester reads: the counts, then per layer every page and state with its errors. */
export function reportHtml(
  summary: Summary,
  records: CheckRecord[],
  faultRecords: CheckRecord[],
): string {
  const verdict = summary.errors === 0 ? 'No errors' : `${summary.errors} errors`
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accessibility report: ${esc(verdict)} – Jobunivers</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:80rem;padding:1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #949494;padding:.4rem;vertical-align:top;text-align:left}
caption{text-align:left;font-weight:600}pre{white-space:pre-wrap;font-size:.85rem;margin:.3rem 0 0}
img{max-width:16rem;border:1px solid #949494}code{overflow-wrap:anywhere}summary{cursor:pointer;padding:.5rem 0}
a:focus,summary:focus{outline:3px solid #0059b3;outline-offset:2px}
</style></head><body><main>
<h1>Accessibility report: ${esc(verdict)}</h1>
<p>WCAG 2.2 level AA. Generated ${esc(summary.generatedAt)} in ${summary.durationSeconds} s.</p>
<ul><li>${summary.pages} pages</li><li>${summary.states} interactive states and keyboard walks</li>
<li>${summary.rules.total} rules checked (${summary.rules.axe} axe, ${summary.rules.htmlcs} HTML_CodeSniffer sniffs, ${summary.rules.site} of our own)</li>
<li>${summary.errors} errors</li></ul>
<p>Automated checks find only part of the problems. The manual checks are in <code>tests/a11y/MANUAL.md</code>.</p>
${(['pages', 'states', 'keyboard', 'checks'] as Layer[]).map((l) => layerSection(l, records)).join('\n')}
${faultsSection(summary, faultRecords)}
</main></body></html>
`
}
