// One scratch folder per bench process, removed when the process ends.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Under the repository's node_modules/.cache, not the system temp dir: Astro's build imports
 * its prerender chunks from the output folder, and they import packages (e.g. @oslojs/encoding)
 * that Node finds only from a folder inside the repository.
 */
const parent = fileURLToPath(
  new URL('../../../node_modules/.cache/jobunivers-bench/', import.meta.url),
)

let dir: string | undefined

/** A folder for this bench run (created on first use), inside the repository's cache. */
export function benchDir(): string {
  if (!dir) {
    mkdirSync(parent, { recursive: true })
    const made = mkdtempSync(join(parent, 'run-'))
    process.on('exit', () => rmSync(made, { recursive: true, force: true }))
    dir = made
  }
  return dir
}
