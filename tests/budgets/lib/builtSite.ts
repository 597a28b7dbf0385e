// The built site the budgets read: BUDGET_SITE_DIR when set (an existing build), else the
// sample content built once into a temp folder of our own, under the site lock.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildSite } from '../../bench/lib/astroBuild.ts'

/** The origin the site is built for: absolute URLs to it are the site's own. */
export const siteOrigin = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin

/** Builds the sample site (or takes BUDGET_SITE_DIR); returns its folder and a clean-up. */
export async function prepareSite(): Promise<{ dir: string; dispose: () => void }> {
  const given = process.env.BUDGET_SITE_DIR
  if (given) {
    if (!existsSync(join(given, 'index.html')))
      throw new Error(`BUDGET_SITE_DIR has no index.html: ${given}`)
    return { dir: given, dispose: () => undefined }
  }
  const scratch = mkdtempSync(join(tmpdir(), 'jobunivers-budgets-'))
  const dir = join(scratch, 'site')
  await buildSite({ outDir: dir, logFile: join(scratch, 'build.log') })
  return { dir, dispose: () => rmSync(scratch, { recursive: true, force: true }) }
}

/** Every HTML page of a built site with its URL path (`/laer/din-a-kasse`, `/404.html`). */
export function htmlPages(dir: string): { file: string; path: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .map((file) => {
      const rel = `/${relative(dir, file)}`
      const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel
      return { file, path: path.length > 1 ? path.replace(/\/$/, '') : path }
    })
    .sort((a, b) => a.path.localeCompare(b.path))
}

/** A file's size after gzip (level 9, as a CDN would send it). */
export const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length
