import { createHash } from 'node:crypto'
import { readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { trimUnusedCss } from './unusedCss.ts'
import { ownPrefix, usedClasses } from './usedClasses.ts'

/** Browser code whose words count as classes, relative to the site's source folder. */
const clientSources = {
  scriptDirs: ['islands', 'browser'],
  astroDirs: ['components', 'views', 'layouts', 'pages'],
}

async function filesOf(dir: string, extensions: string[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && extensions.some((ext) => e.name.endsWith(ext)))
    .map((e) => join(e.parentPath, e.name))
}

/** `Base.DBxAnYLL.css` → `Base.<hash of the new content>.css`, so an immutable cache never serves the old file. */
function renamed(file: string, content: string): string {
  const hash = createHash('sha256').update(content).digest('base64url').slice(0, 8)
  const name = basename(file)
  const stem = name.replace(/\.[\w-]{8}\.css$/, '').replace(/\.css$/, '')
  return `${stem}.${hash}.css`
}

/**
 * After the build (and after inline styles moved into files): drops every rule of the
 * built stylesheets (DKFDS) that no page can match, judged by the classes of every built page
 * and the words of the browser scripts (`usedClasses.ts`); the site's own `jf-` classes stay.
 * Each trimmed file gets a new content hash in its name and every page's link follows, since
 * `/_astro/*` is cached as immutable.
 */
export function trimCss(): AstroIntegration {
  return {
    name: 'jobunivers:trim-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir)
        const used = usedClasses(
          root,
          fileURLToPath(new URL('../', import.meta.url)),
          clientSources,
        )
        const isUsed = (name: string) => used.has(name) || name.startsWith(ownPrefix)
        const names = new Map<string, string>()
        let [before, after] = [0, 0]
        for (const file of await filesOf(join(root, '_astro'), ['.css'])) {
          const css = await readFile(file, 'utf8')
          const trimmed = trimUnusedCss(css, isUsed)
          before += css.length
          after += trimmed.length
          if (trimmed === css) continue
          const name = renamed(file, trimmed)
          await writeFile(file, trimmed)
          await rename(file, join(file, '..', name))
          names.set(basename(file), name)
        }
        if (names.size === 0) return
        const pattern = new RegExp(
          [...names.keys()].map((name) => `/_astro/${name.replace(/[.\\]/g, '\\$&')}`).join('|'),
          'g',
        )
        for (const file of await filesOf(root, ['.html', '.js'])) {
          const text = await readFile(file, 'utf8')
          const next = text.replace(pattern, (found) => `/_astro/${names.get(found.slice(8))}`)
          if (next !== text) await writeFile(file, next)
        }
        logger.info(
          `unused CSS rules dropped: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB raw in ${names.size} files`,
        )
      },
    },
  }
}
