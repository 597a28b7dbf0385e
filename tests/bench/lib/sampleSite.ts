// The bundled sample content built once per bench process into a folder of our own, shared
// by the page-weight and Lighthouse sections.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { buildSite, repoRoot } from './astroBuild.ts'
import { benchDir } from './benchDir.ts'

let built: Promise<string> | undefined

/** Adds the Pagefind index when the site has a search page, as the real build does. */
function indexSearch(outDir: string): void {
  const pagefind = join(repoRoot, 'node_modules', '.bin', 'pagefind')
  const hasSearch = ['soeg', 'en/search'].some((page) => existsSync(join(outDir, page)))
  if (!hasSearch || existsSync(join(outDir, 'pagefind')) || !existsSync(pagefind)) return
  execFileSync(pagefind, ['--site', outDir], { stdio: 'ignore' })
}

/**
 * The folder holding the built sample site (built on first call, under the site lock), or
 * BENCH_SITE_DIR when set: an existing build (`SITE_DIST=<folder> npm run site:build`).
 */
export function sampleSite(): Promise<string> {
  built ??= (async () => {
    const given = process.env.BENCH_SITE_DIR
    if (given) {
      if (!existsSync(join(given, 'index.html')))
        throw new Error(`BENCH_SITE_DIR has no index.html: ${given}`)
      return given
    }
    const outDir = join(benchDir(), 'sample-site')
    await buildSite({ outDir, logFile: join(benchDir(), 'build-sample-site.log') })
    indexSearch(outDir)
    return outDir
  })()
  return built
}
