import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { run } from './children.ts'

const sources = ['cms', 'content-models', 'flows', 'sample-content', 'serve']
const skip = new Set(['node_modules', 'migrations'])
// Build output (cms/.next and any cms/.next-* folder) is not a source.
const skipped = (name: string) => skip.has(name) || name.startsWith('.next')

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (skipped(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* files(full)
    else yield full
  }
}

/** A fingerprint of everything the admin build depends on: our sources and the lockfile. */
function adminSourceHash(root: string): string {
  const hash = crypto.createHash('sha256')
  const all = sources.flatMap((dir) => [...files(path.join(root, dir))]).sort()
  for (const file of [...all, path.join(root, 'package-lock.json')]) {
    if (!fs.existsSync(file)) continue
    hash.update(path.relative(root, file)).update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

const stampFile = (root: string) => path.join(root, 'cms', '.next', 'jobunivers-source-hash')

/** True when cms/.next was built from exactly the current sources. */
export function adminBuildIsCurrent(root: string): boolean {
  const stamp = stampFile(root)
  return fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === adminSourceHash(root)
}

/** Records that cms/.next matches the current sources. */
function markAdminBuilt(root: string): void {
  fs.writeFileSync(stampFile(root), adminSourceHash(root))
}

/**
 * Regenerates the admin's import map and builds the admin into cms/.next, then records the
 * sources it was built from.
 */
export async function buildAdmin(root: string, env: NodeJS.ProcessEnv): Promise<void> {
  await run(
    process.execPath,
    [path.join(root, 'node_modules', 'payload', 'bin.js'), 'generate:importmap'],
    { ...env, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts' },
  )
  await run(
    process.execPath,
    [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build', 'cms'],
    env,
  )
  markAdminBuilt(root)
}

/**
 * Builds the admin unless cms/.next was built from the current sources; true when it built.
 * @public `npm test` (scripts/test.ts) imports it in a child process, where Knip cannot see it.
 */
export async function ensureAdminBuilt(root: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  if (adminBuildIsCurrent(root)) return false
  await buildAdmin(root, env)
  return true
}
