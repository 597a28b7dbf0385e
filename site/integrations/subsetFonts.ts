import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import subsetFont from 'subset-font'
import { fontCharacters } from './fontCharacters.ts'

/** The import path of DKFDS's split IBM Plex Sans files (the `@dkfds` alias of astro.config.mjs). */
const importDir = '@dkfds/fonts/IBMPlexSans/split/woff2/'
const sourceDir = fileURLToPath(
  new URL('../../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/', import.meta.url),
)
const cacheRoot = fileURLToPath(
  new URL('../../node_modules/.cache/jobunivers-site/fonts/', import.meta.url),
)

/** The font files the site ships (styles/fonts.css, components/FontPreloads.astro). */
const shippedFonts = ['IBMPlexSans-Regular-Latin1.woff2', 'IBMPlexSans-SemiBold-Latin1.woff2']

/**
 * The subset fonts' folder, made once per input: its name is a hash of the fonts, the character
 * list and the subsetter's version, so a repeated build reads it and a changed input makes a new
 * one. Written to a temporary folder and renamed, since builds may run side by side.
 */
async function subsetFolder(): Promise<{ dir: string; made: boolean }> {
  const { version } = JSON.parse(
    await readFile(new URL('../../node_modules/subset-font/package.json', import.meta.url), 'utf8'),
  ) as { version: string }
  const sources = await Promise.all(shippedFonts.map((name) => readFile(join(sourceDir, name))))
  const hash = createHash('sha256').update(`subset-font ${version}\n${fontCharacters}\n`)
  for (const [i, name] of shippedFonts.entries()) hash.update(name).update(sources[i]!)
  const dir = join(cacheRoot, hash.digest('hex').slice(0, 16))
  if (existsSync(dir)) return { dir, made: false }
  const scratch = `${dir}.${process.pid}.tmp`
  await mkdir(scratch, { recursive: true })
  for (const [i, name] of shippedFonts.entries()) {
    const subset = await subsetFont(sources[i]!, fontCharacters, { targetFormat: 'woff2' })
    await writeFile(join(scratch, name), subset)
  }
  try {
    await rename(scratch, dir)
  } catch (error) {
    // Another build made the same folder first: same input, same files.
    await rm(scratch, { recursive: true, force: true })
    if (!existsSync(dir)) throw error
  }
  return { dir, made: true }
}

/**
 * Cuts the site's font files to the characters Danish and English need (`fontCharacters.ts`,
 * harfbuzz through `subset-font`) before Vite reads them: an alias sends DKFDS's file names to
 * the subset files, so styles/fonts.css and the preloads keep their imports and Vite still
 * names each file by its content hash.
 */
export function subsetFonts(): AstroIntegration {
  return {
    name: 'jobunivers:subset-fonts',
    hooks: {
      'astro:config:setup': async ({ updateConfig, logger }) => {
        const { dir, made } = await subsetFolder()
        if (made)
          logger.info(`fonts cut to ${Array.from(fontCharacters).length} characters in ${dir}`)
        const names = shippedFonts.map((name) => name.replaceAll('.', '\\.')).join('|')
        updateConfig({
          vite: {
            resolve: {
              alias: [{ find: new RegExp(`^${importDir}(${names})`), replacement: `${dir}/$1` }],
            },
          },
        })
      },
    },
  }
}
