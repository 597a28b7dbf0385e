// The heaviest HTML page of a built site: the page that grows with the content, if any.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

/** A page's site path with its raw and gzip size in bytes. */
export type PageSize = { path: string; raw: number; gzip: number }

/** Finds the largest `.html` file under `dir` (by raw size) and gzips it. */
export function largestPage(dir: string): PageSize {
  let largest = { file: '', raw: -1 }
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = join(entry.parentPath, entry.name)
    const raw = statSync(file).size
    if (raw > largest.raw) largest = { file, raw }
  }
  const path = `/${relative(dir, largest.file)}`.replace(/\/index\.html$/, '') || '/'
  return { path, raw: largest.raw, gzip: gzipSync(readFileSync(largest.file), { level: 9 }).length }
}
