// The CSS and fonts a built page can load on first view, in bytes: its stylesheets (gzip level
// 9, as serve/ sends them), the font files those stylesheets declare (fonts do not shrink;
// a page fetches those its text uses) and the fonts it preloads.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipBytes } from './builtSite.ts'
import { cssUrls } from './otherHosts.ts'

/** A page's CSS and font bytes. */
export type FirstViewBytes = { cssGzip: number; fontsDeclared: number; fontsPreloaded: number }

const fontFile = /\.(?:woff2?|ttf|otf|eot)(?:[?#].*)?$/i

/** Every font file `css` (a stylesheet of the site at `cssFile`) names in a url(). */
function fontsOf(dir: string, cssFile: string): string[] {
  return cssUrls(readFileSync(cssFile, 'utf8'))
    .filter((url) => fontFile.test(url) && !/^(?:[a-z]+:)?\/\//i.test(url))
    .map((url) => url.split(/[?#]/)[0]!)
    .map((url) => (url.startsWith('/') ? join(dir, url) : join(dirname(cssFile), url)))
}

/** The first-view CSS and font bytes of the page `html` of the site in `dir`. */
export function firstViewBytes(dir: string, html: string): FirstViewBytes {
  const local = (url: string) => join(dir, url.replace(/^\//, '').split(/[?#]/)[0]!)
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((match) => match[0])
  const hrefOf = (tag: string) => /\shref="([^"]+)"/.exec(tag)?.[1]
  const sheets = links
    .filter((tag) => /\srel="stylesheet"/.test(tag))
    .map(hrefOf)
    .filter((href): href is string => href !== undefined)
    .map(local)
    .filter((file) => existsSync(file))
  const preloads = links
    .filter((tag) => /\srel="preload"/.test(tag) && /\sas="font"/.test(tag))
    .map(hrefOf)
    .filter((href): href is string => href !== undefined)
    .map(local)
  const size = (file: string) => (existsSync(file) ? statSync(file).size : 0)
  const declared = new Set(sheets.flatMap((sheet) => fontsOf(dir, sheet)))
  return {
    cssGzip: sheets.reduce((sum, sheet) => sum + gzipBytes(sheet), 0),
    fontsDeclared: [...declared].reduce((sum, file) => sum + size(file), 0),
    fontsPreloaded: [...new Set(preloads)].reduce((sum, file) => sum + size(file), 0),
  }
}
