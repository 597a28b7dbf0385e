import { spawn } from 'node:child_process'
import { withBuildLock } from './buildLock.ts'
import type { RebuildRunner } from './rebuildScheduler.ts'

// Failures are worded in Danish, then English: the admin shows them to editors as they are.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * POSTs to a static host's build hook (Netlify, Vercel, Cloudflare Pages …), retrying with
 * exponential backoff on network errors and 5xx; a 4xx is not retried.
 */
export function buildHookRunner(
  url: string,
  options: { attempts?: number; baseDelayMs?: number } = {},
): RebuildRunner {
  const attempts = options.attempts ?? 4
  const baseDelayMs = options.baseDelayMs ?? 1000
  return async (reasons) => {
    let last = { da: '', en: '' }
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ trigger: 'jobunivers-cms', reasons }),
        })
        if (response.ok) return
        const status = `${response.status} ${response.statusText}`
        last = { da: `byggekrogen svarede ${status}`, en: `the build hook answered ${status}` }
        if (response.status < 500) break
      } catch (error) {
        const reason = (error as Error).message
        last = {
          da: `byggekrogen kunne ikke nås (${reason})`,
          en: `the build hook could not be reached (${reason})`,
        }
      }
      if (attempt < attempts) await sleep(baseDelayMs * 2 ** (attempt - 1))
    }
    throw new Error(
      `Siden blev ikke opdateret: ${last.da}, også efter nye forsøg.\n` +
        `Site rebuild failed: ${last.en}, after retrying.`,
    )
  }
}

// The site's content loader names each refused document on a line of its own:
// `lessons id 12 (slug "din-a-kasse"), field minutes: …` (site/content/messages.ts).
const refusedDocument = /^\S+ id \S+( \(slug "[^"]*"\))?, field \S+/
const stackLine = /^(at |file:\/\/)|^\^+$/

/**
 * Lines of a failed build worth showing an admin: the documents the content schema refused,
 * else the error lines (without stack frames), else the last lines.
 */
function failureSummary(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const refused = lines.filter((line) => refusedDocument.test(line))
  if (refused.length > 0) {
    const heading = lines.find((line) => /not match the content-models schemas/.test(line))
    return [...(heading ? [heading] : []), ...refused.slice(0, 8)].join('\n')
  }
  const errors = lines.filter(
    (line) => /error|fejl|failed|invalid/i.test(line) && !stackLine.test(line),
  )
  return (errors.length > 0 ? errors : lines).slice(-8).join('\n')
}

/** Runs the local site build (scripts/site-build.ts), one at a time, keeping its output to explain a failure. */
export function commandRunner(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): RebuildRunner {
  return () => withBuildLock(() => runCommand(command, args, options))
}

function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (error) =>
      reject(
        new Error(
          `Siden kunne ikke bygges: ${error.message}\nSite build could not start: ${error.message}`,
        ),
      ),
    )
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `Siden blev ikke opdateret (afslutningskode ${code}). / ` +
                `Site rebuild failed (exit code ${code}):\n${failureSummary(output)}`,
            ),
          ),
    )
  })
}
