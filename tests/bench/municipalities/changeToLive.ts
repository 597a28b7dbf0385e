// The time from a change of content until the built site shows it, as the editor's loop does
// it: the CMS waits out its debounce, rebuilds the whole site into a fresh folder and indexes
// it for search (`npm run site:build`); here the content is the folder the site builds from.
import { execFile } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { buildSite, repoRoot } from '../lib/astroBuild.ts'

/** The CMS's debounce before it starts a rebuild (cms/plugins/siteRebuild/rebuildScheduler.ts). */
export const rebuildDebounceSeconds = 3

/** A content change and how to tell that the built site shows it. */
export type Change = {
  /** The Markdown file to change, relative to the content folder. */
  file: string
  /** Replaces the file's text with the changed text. */
  edit: (text: string) => string
  /** Throws (saying what is missing) unless the built site in `outDir` shows the change. */
  check: (outDir: string) => void
}

/** How long the change took to go live, and its parts. */
export type Live = {
  /** Debounce + build + search index (the check that follows is not counted). */
  seconds: number
  buildSeconds: number
  indexSeconds: number
  pages: number
}

/** Makes the change, rebuilds into a fresh `outDir`, indexes it, and checks the output. */
export async function changeToLive(
  contentDir: string,
  outDir: string,
  logFile: string,
  change: Change,
): Promise<Live> {
  const file = join(contentDir, change.file)
  const started = performance.now()
  writeFileSync(file, change.edit(readFileSync(file, 'utf8')))
  rmSync(outDir, { recursive: true, force: true })
  const built = await buildSite({ contentDir, outDir, logFile })
  const indexStarted = performance.now()
  await promisify(execFile)(join(repoRoot, 'node_modules', '.bin', 'pagefind'), ['--site', outDir])
  const indexSeconds = (performance.now() - indexStarted) / 1000
  // The bench's own reading of the output is not part of the site's time.
  const elapsed = (performance.now() - started) / 1000 - built.lockWaitSeconds
  change.check(outDir)
  return {
    seconds: rebuildDebounceSeconds + elapsed,
    buildSeconds: built.seconds,
    indexSeconds,
    pages: built.pages,
  }
}
