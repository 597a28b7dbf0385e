import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { externalizeInline as rewrite } from './externalize.ts'

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
}

/** After the build, moves inline scripts and styles (Astro's island bootstrap) into files. */
export function externalizeInline(): AstroIntegration {
  return {
    name: 'jobunivers:externalize-inline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir)
        const written = new Set<string>()
        let pages = 0
        for (const file of await htmlFiles(root)) {
          const { html, assets } = rewrite(await readFile(file, 'utf8'))
          if (assets.length === 0) continue
          pages++
          await writeFile(file, html)
          for (const asset of assets) {
            if (written.has(asset.path)) continue
            written.add(asset.path)
            await writeFile(join(root, asset.path), asset.content)
          }
        }
        logger.info(`inline scripts and styles moved to ${written.size} files on ${pages} pages`)
      },
    },
  }
}
