import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const sampleDir = new URL('../../content', import.meta.url).pathname
const localDir = new URL('./fixtures/local', import.meta.url).pathname

/**
 * A copy of the sample content with the local test content on top (tests/site/fixtures/local):
 * Thisted's lesson and its version of "Ny på dagpenge". `change` edits files of the copy, by
 * path under it, to break it on purpose. Returns the folder and a clean-up.
 */
export function localContentDir(change: Record<string, string> = {}): {
  dir: string
  dispose: () => void
} {
  const scratch = mkdtempSync(join(tmpdir(), 'jobunivers-local-'))
  const dir = join(scratch, 'content')
  cpSync(sampleDir, dir, { recursive: true })
  cpSync(localDir, dir, { recursive: true, filter: (source) => !source.endsWith('README.md') })
  for (const [file, text] of Object.entries(change)) writeFileSync(join(dir, file), text)
  return { dir, dispose: () => rmSync(scratch, { recursive: true, force: true }) }
}
