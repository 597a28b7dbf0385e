import fs from 'node:fs'
import path from 'node:path'

function findProjectRoot(from: string): string {
  let dir = from
  for (;;) {
    const manifest = path.join(dir, 'package.json')
    if (
      fs.existsSync(manifest) &&
      (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'jobunivers'
    ) {
      return dir
    }
    const parent = path.dirname(dir)
    if (parent === dir) return from
    dir = parent
  }
}

/**
 * The repository root. Next bundles this file, so `import.meta.url` cannot be trusted;
 * the start script passes JOBUNIVERS_ROOT, and otherwise we search upwards from the cwd.
 */
export const projectRoot = process.env.JOBUNIVERS_ROOT ?? findProjectRoot(process.cwd())

/** Where the embedded databases, uploads and generated secrets live. */
export const dataDir = process.env.JOBUNIVERS_DATA_DIR ?? path.join(projectRoot, 'data')
