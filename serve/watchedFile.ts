import fs from 'node:fs'

/**
 * The parsed content of a configuration file of the built site (`_headers`, `_redirects`),
 * re-read when the file changes (a rebuild writes it anew). Read once at once, so a malformed
 * file stops the server at start with its message; a malformed rewrite later is logged and the
 * last good content stays in force. No file means `empty`; `fallback` names a file to read
 * while `file` does not exist (a folder not built yet).
 */
export function watchedFile<T>(
  file: string,
  parse: (text: string) => T,
  empty: T,
  log: (line: string) => void,
  fallback?: string,
): () => T {
  let content = empty
  let seen = ''
  const read = (strict: boolean) => {
    const source = fs.existsSync(file) || !fallback ? file : fallback
    const stat = fs.statSync(source, { throwIfNoEntry: false })
    const stamp = stat ? `${source}:${stat.mtimeMs}:${stat.size}` : 'none'
    if (stamp === seen) return content
    seen = stamp
    try {
      content = stat ? parse(fs.readFileSync(source, 'utf8')) : empty
    } catch (error) {
      if (strict) throw error
      log(`site server: kept the previous ${source}: ${(error as Error).message}`)
    }
    return content
  }
  read(true)
  return () => read(false)
}
