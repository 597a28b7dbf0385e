// The JavaScript files a built page loads: its script tags, island component and renderer
// URLs, module preloads, and everything those import (statically or dynamically).
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * Absolute paths of every script file `html` loads from the site in `dir`; with
 * `dynamic: false`, only what loads on every visit (not what an `import()` loads on demand).
 */
export function scriptsOf(dir: string, html: string, { dynamic = true } = {}): Set<string> {
  const local = (url: string) => join(dir, url.replace(/^\//, '').split(/[?#]/)[0]!)
  const entries = [
    ...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => local(match[1]!))
  const seen = new Set<string>()
  const queue = [...entries]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    if (!existsSync(file)) continue // reported by the caller as a missing script
    for (const match of readFileSync(file, 'utf8').matchAll(
      /(?:\bfrom|\bimport)\s*(\(?)\s*["']([^"']+\.m?js)["']/g,
    )) {
      if (match[1] === '(' && !dynamic) continue
      const target = match[2]!
      if (/^(?:[a-z]+:)?\/\//i.test(target)) continue // another host: the host check reports it
      queue.push(target.startsWith('/') ? local(target) : join(dirname(file), target))
    }
  }
  return seen
}

/**
 * The scripts of the municipality line every page carries (site/components/MunicipalityBar.astro):
 * all the accessibility statement loads, a page where nothing else runs.
 */
export function municipalityLineScripts(dir: string): Set<string> {
  return scriptsOf(dir, readFileSync(join(dir, 'tilgaengelighed', 'index.html'), 'utf8'))
}
