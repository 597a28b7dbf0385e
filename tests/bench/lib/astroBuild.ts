// Runs `astro build` of the citizen site into a folder of our own, under the site lock,
// timed and with its peak memory, from a content folder (the sample content by default).
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { Measured } from './measureCommand.ts'
import { underSiteLock } from './siteLock.ts'

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

const measureScript = fileURLToPath(new URL('./measureCommand.ts', import.meta.url))
const localNode = join(repoRoot, 'node_modules', '.bin', 'node')
/** Node 24 (the pinned dev dependency) when present: Astro refuses older versions. */
const nodeBinary = existsSync(localNode) ? localNode : process.execPath

/** Where to build from and to. */
export type BuildOptions = {
  /** A folder in the sample-content layout; the bundled content/ when absent. */
  contentDir?: string
  /** The output folder (SITE_OUT_DIR); never the shared dist/. */
  outDir: string
  /** Where the build's own output goes. */
  logFile: string
}

/** What one build cost, how many HTML pages it wrote, and how long it waited for the lock. */
export type BuildResult = Measured & { pages: number; lockWaitSeconds: number }

/** Counts the HTML files under a folder. */
function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.html'),
  ).length
}

/** Builds the site once; throws with the end of the build log when the build fails. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const env: Record<string, string | undefined> = { ...process.env, SITE_OUT_DIR: options.outDir }
  delete env.CMS_URL // always the files, never a CMS that happens to run
  // Under Vitest NODE_ENV is "test", and Vite would then bundle React's development build.
  delete env.NODE_ENV
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) Reflect.deleteProperty(env, key)
  if (options.contentDir) env.SITE_CONTENT_DIR = options.contentDir
  else delete env.SITE_CONTENT_DIR
  const astro = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')
  const [command, args] = underSiteLock(nodeBinary, [
    measureScript,
    options.logFile,
    nodeBinary,
    astro,
    'build',
  ])
  const started = performance.now()
  const { stdout } = await promisify(execFile)(command, args, {
    cwd: repoRoot,
    env: env as NodeJS.ProcessEnv,
    maxBuffer: 16 * 2 ** 20,
  })
  const line = stdout.split('\n').find((entry) => entry.startsWith('MEASURE '))
  if (!line) throw new Error(`the build printed no measure: ${stdout.slice(-500)}`)
  const measured = JSON.parse(line.slice('MEASURE '.length)) as Measured
  if (measured.exitCode !== 0) {
    const tail = readFileSync(options.logFile, 'utf8').split('\n').slice(-30).join('\n')
    throw new Error(`astro build failed (exit ${measured.exitCode}):\n${tail}`)
  }
  // The measured command starts once the lock is ours: the rest of the wall time is waiting.
  const lockWaitSeconds = Math.max(0, (performance.now() - started) / 1000 - measured.seconds - 0.5)
  if (lockWaitSeconds > 1) console.log(`  waited ${lockWaitSeconds.toFixed(0)} s for the site lock`)
  return { ...measured, pages: countPages(options.outDir), lockWaitSeconds }
}
