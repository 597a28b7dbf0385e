// The class names the built site can ever carry: every `class` attribute of the built pages,
// plus every word of the scripts that run in the browser (islands and page scripts set classes
// at run time: screens not in the HTML, rows built with DOM calls).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Classes that no built page and no script source spells out as a word, kept anyway.
 * Empty today: every class a script adds is written whole in its source
 * (`badge badge-success`, `table table--compact`, …). Add one here when a script composes a
 * class from parts.
 */
const safelist: readonly string[] = []

/** Classes of the site's own stylesheet (site/styles): always kept, they are written for it. */
export const ownPrefix = 'jf-'

/** Every file under `dir` whose name ends with one of `extensions`. */
export function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => join(entry.parentPath, entry.name))
}

/** Every class named in a `class` attribute of an HTML document. */
export function classesInHtml(html: string): string[] {
  return [...html.matchAll(/\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi)].flatMap(
    (match) => (match[1] ?? match[2] ?? match[3] ?? '').split(/\s+/).filter(Boolean),
  )
}

/** Every word (identifier-like token with dashes) of a script's source. */
export function wordsInSource(source: string): string[] {
  return source.match(/[A-Za-z_][\w-]*/g) ?? []
}

/** The `<script>` parts of an Astro component: what of it runs in the browser. */
function clientScriptsOfAstro(source: string): string {
  return [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
}

/** Where browser code lives, relative to the site's source folder. */
export type ClientSources = { scriptDirs: string[]; astroDirs: string[] }

/**
 * The classes a built site can carry: those of its HTML pages in `builtDir`, the words of the
 * browser scripts under `sourceDir` (islands, browser/, `<script>` of Astro components) and the
 * safelist.
 */
export function usedClasses(
  builtDir: string,
  sourceDir: string,
  sources: ClientSources,
): Set<string> {
  const used = new Set<string>(safelist)
  for (const file of filesUnder(builtDir, ['.html']))
    for (const name of classesInHtml(readFileSync(file, 'utf8'))) used.add(name)
  for (const dir of sources.scriptDirs)
    for (const file of filesUnder(join(sourceDir, dir), ['.ts', '.tsx']))
      for (const word of wordsInSource(readFileSync(file, 'utf8'))) used.add(word)
  for (const dir of sources.astroDirs)
    for (const file of filesUnder(join(sourceDir, dir), ['.astro']))
      for (const word of wordsInSource(clientScriptsOfAstro(readFileSync(file, 'utf8'))))
        used.add(word)
  return used
}
