// What a built site holds for the municipalities bench: national lesson pages, local pages,
// and which built files show a given text.
import { readdirSync, readFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import { collectionPaths, municipalityPaths } from '../../../content-models/index.ts'

/** The HTML files under a folder, as paths relative to it ('/' separated). */
function htmlFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => file.split(sep).join('/'))
  } catch {
    return []
  }
}

const underLocales = (outDir: string, paths: Record<'da' | 'en', string>) =>
  Object.values(paths).flatMap((path) =>
    htmlFiles(join(outDir, path)).map((file) => `${path.slice(1)}/${file}`),
  )

/** The national lesson pages (`/laer/…`, `/en/learn/…`), both locales. */
export const nationalLessonPages = (outDir: string): string[] =>
  underLocales(outDir, collectionPaths.lessons)

/** Every page under the municipalities' own addresses (`/kommune/<slug>/…`), both locales. */
export const localPages = (outDir: string): string[] => underLocales(outDir, municipalityPaths)

/** The built files (HTML and the municipalities' JSON) under `outDir` whose text contains `text`. */
export function filesShowing(outDir: string, text: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(html|json)$/.test(file) && !file.startsWith('pagefind'))
    .filter((file) => readFileSync(join(outDir, file), 'utf8').includes(text))
    .map((file) => file.split(sep).join('/'))
}
