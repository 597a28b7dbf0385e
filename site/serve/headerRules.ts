import fs from 'node:fs'
import path from 'node:path'
import { parseHeadersFile, type HeaderRule } from './headersFile.ts'

/**
 * The rules of `<dir>/_headers`, re-read when the file changes (a rebuild of the site writes
 * it anew). Reads it once at once, so a malformed file stops the server at start with its
 * message; a malformed rewrite later is logged and the last good rules stay in force. No file
 * means the rules of `fallback` when given (a folder not built yet), else none.
 */
export function watchedHeaderRules(
  dir: string,
  log: (line: string) => void,
  fallback?: string,
): () => HeaderRule[] {
  let rules: HeaderRule[] = []
  let seen = ''
  const read = (strict: boolean) => {
    const own = path.join(dir, '_headers')
    const file = fs.existsSync(own) || !fallback ? own : fallback
    const stat = fs.statSync(file, { throwIfNoEntry: false })
    const stamp = stat ? `${file}:${stat.mtimeMs}:${stat.size}` : 'none'
    if (stamp === seen) return rules
    seen = stamp
    try {
      rules = stat ? parseHeadersFile(fs.readFileSync(file, 'utf8')) : []
    } catch (error) {
      if (strict) throw error
      log(`site server: kept the previous headers: ${(error as Error).message}`)
    }
    return rules
  }
  read(true)
  return () => read(false)
}
