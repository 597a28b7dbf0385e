import { spawn } from 'node:child_process'
import { withBuildLock } from './buildLock.ts'
import type { RebuildRunner } from './rebuildScheduler.ts'

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
    let last = ''
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ trigger: 'jobunivers-cms', reasons }),
        })
        if (response.ok) return
        last = `the build hook answered ${response.status} ${response.statusText}`
        if (response.status < 500) break
      } catch (error) {
        last = `the build hook could not be reached (${(error as Error).message})`
      }
      if (attempt < attempts) await sleep(baseDelayMs * 2 ** (attempt - 1))
    }
    throw new Error(`Site rebuild failed: ${last}, after retrying.`)
  }
}

/** Lines of a failed build worth showing an admin: errors first, else the last lines. */
function failureSummary(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const errors = lines.filter((line) => /error|fejl|failed|invalid/i.test(line))
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
    child.on('error', (error) => reject(new Error(`Site build could not start: ${error.message}`)))
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`Site rebuild failed (exit code ${code}):\n${failureSummary(output)}`)),
    )
  })
}
