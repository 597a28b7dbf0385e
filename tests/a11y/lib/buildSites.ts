import { spawn } from 'node:child_process'
import path from 'node:path'
import { faultsDir, root, siteDir } from './paths.ts'

function astroBuild(env: Record<string, string>, args: string[] = []): Promise<void> {
  const node = path.join(root, 'node_modules', '.bin', 'node')
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs')
  return new Promise((resolve, reject) => {
    const child = spawn(node, [astro, 'build', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`astro build ${args.join(' ')} exited with ${code}`)),
    )
  })
}

/**
 * Builds the two sites the checks run on, into folders of their own: the real site from the
 * e2e content (the sample content with one English translation removed, so English pages show
 * Danish fallback text), and the same site plus the seeded-fault pages of tests/a11y/fixtures.
 */
export async function buildSites(contentDir: string): Promise<void> {
  await astroBuild({ SITE_OUT_DIR: siteDir, SITE_CONTENT_DIR: contentDir })
  await astroBuild({ SITE_OUT_DIR: faultsDir, SITE_CONTENT_DIR: contentDir }, [
    '--config',
    // Astro resolves --config against the project root; an absolute path is not found.
    'tests/a11y/fixtures/astro.config.mjs',
  ])
}
