import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A SQLite file in a fresh temporary folder; `remove()` deletes the folder. */
export function tempSqliteFile(): { file: string; url: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tracking-test-'))
  const file = join(dir, 'tracking.db')
  return {
    file,
    url: `sqlite:${file}`,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}
