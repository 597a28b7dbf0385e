import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Every page of a built site, as paths, from its sitemap files (sitemap-0.xml, …): both
 * locales, as @astrojs/sitemap writes them. Empty when the site is not built.
 */
export function sitemapPaths(dir: string): string[] {
  if (!existsSync(dir)) return []
  const files = readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f))
  return files.flatMap((file) => {
    const xml = readFileSync(path.join(dir, file), 'utf8')
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
      new URL(m[1]!).pathname.replace(/(.)\/$/, '$1'),
    )
  })
}
