// One scratch folder per bench process, removed when the process ends.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

let dir: string | undefined

/** A folder under the system temp dir for this bench run (created on first use). */
export function benchDir(): string {
  if (!dir) {
    const made = mkdtempSync(join(tmpdir(), 'jobunivers-bench-'))
    process.on('exit', () => rmSync(made, { recursive: true, force: true }))
    dir = made
  }
  return dir
}
