import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Finding } from './findings.ts'
import { rawDir, root } from './paths.ts'
import { criterionFromAxeTags, criterionFromHtmlcsCode } from './wcag.ts'

type Issue = {
  code?: string
  message: string
  context?: string | null
  selector?: string
  runner?: 'htmlcs' | 'axe'
  runnerExtras?: { description?: string; helpUrl?: string }
}

/** What pa11y-ci found on one page (an `error` when it could not test the page at all). */
export type Pa11yPage = { url: string; findings: Finding[]; error?: string }

const require = createRequire(import.meta.url)
const axeTags = (): Map<string, string[]> => {
  const axe = require('axe-core') as {
    getRules(tags?: string[]): { ruleId: string; tags: string[] }[]
  }
  return new Map(axe.getRules().map((r) => [r.ruleId, r.tags]))
}

/** The HTML_CodeSniffer sniffs of the WCAG2AA standard, such as `Principle1.Guideline1_1.1_1_1`. */
export function htmlcsSniffs(): string[] {
  const file = path.join(root, 'node_modules', '@pa11y', 'html_codesniffer', 'build', 'HTMLCS.js')
  const source = readFileSync(file, 'utf8')
  const block = /HTMLCS_WCAG2AA=\{[^]*?include:\[([^\]]*)\]/.exec(source)?.[1] ?? ''
  return block
    .split(',')
    .map((s) => s.replace(/"/g, '').trim())
    .filter(Boolean)
}

/** The axe rules pa11y's axe runner applies for WCAG2AA (tags wcag2a and wcag2aa). */
export function pa11yAxeRules(): string[] {
  return [...axeTags()]
    .filter(([, tags]) => tags.includes('wcag2a') || tags.includes('wcag2aa'))
    .map(([id]) => id)
}

function toFinding(issue: Issue, tags: Map<string, string[]>): Finding {
  const code = issue.code ?? 'pa11y'
  if (issue.runner === 'axe')
    return {
      rule: code,
      runner: 'axe',
      criterion: criterionFromAxeTags(tags.get(code) ?? []),
      element: issue.selector ?? '',
      html: (issue.context ?? '').slice(0, 300),
      message: issue.message,
      fix: `${issue.runnerExtras?.description ?? ''}. See ${issue.runnerExtras?.helpUrl ?? ''}`,
    }
  const technique = /\.([A-Z]+\d+)(?:\.|$)/.exec(code)?.[1]
  return {
    rule: code,
    runner: 'htmlcs',
    criterion: criterionFromHtmlcsCode(code),
    element: issue.selector ?? '',
    html: (issue.context ?? '').slice(0, 300),
    message: issue.message,
    fix: `${issue.message}${technique ? ` See https://www.w3.org/WAI/WCAG22/Techniques/html/${technique}` : ''}`,
  }
}

function runShard(urls: string[], shard: string): Promise<Pa11yPage[]> {
  const urlsFile = `${shard}.urls.json`
  const report = `${shard}.json`
  writeFileSync(urlsFile, JSON.stringify(urls))
  rmSync(report, { force: true })
  const bin = path.join(root, 'node_modules', 'pa11y-ci', 'bin', 'pa11y-ci.js')
  const config = path.join(root, 'tests', 'a11y', 'pa11yci.cjs')
  return new Promise((resolve, reject) => {
    // This Node (24), not the first `node` on PATH: the config requires a TypeScript module.
    const child = spawn(process.execPath, [bin, '-c', config], {
      env: { ...process.env, A11Y_PA11Y_URLS: urlsFile, A11Y_PA11Y_REPORT: report },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', () => {
      // pa11y-ci exits 2 when it finds errors: the report says which.
      try {
        const json = JSON.parse(readFileSync(report, 'utf8')) as {
          results: Record<string, Issue[]>
        }
        const tags = axeTags()
        resolve(
          Object.entries(json.results).map(([url, issues]) => {
            const broken = issues.find((i) => !i.code && !i.runner)
            return broken
              ? { url, findings: [], error: broken.message }
              : { url, findings: issues.map((i) => toFinding(i, tags)) }
          }),
        )
      } catch (error) {
        reject(new Error(`pa11y-ci wrote no report for ${shard}: ${(error as Error).message}`))
      }
    })
  })
}

/**
 * Runs pa11y-ci (HTML_CodeSniffer and axe, WCAG2AA, tests/a11y/pa11yci.cjs) over the URLs in
 * `shards` parallel processes, each with its own Chromium, and returns the errors per page.
 */
export async function runPa11y(urls: string[], name: string, shards = 2): Promise<Pa11yPage[]> {
  const dir = path.join(rawDir, 'pa11y')
  mkdirSync(dir, { recursive: true })
  const parts = Array.from({ length: shards }, (_, i) => urls.filter((_, j) => j % shards === i))
  const results = await Promise.all(
    parts.filter((p) => p.length > 0).map((p, i) => runShard(p, path.join(dir, `${name}-${i}`))),
  )
  return results.flat()
}
