/** One block of a `_headers` file: a path pattern and the headers for paths it matches. */
export type HeaderRule = { pattern: string; matches: RegExp; headers: [string, string][] }

/** A `_headers` line that is neither a path, a header, a comment nor blank. */
class HeadersFileError extends Error {}

/**
 * A Netlify-style path pattern as a regular expression: `*` matches anything (slashes too),
 * `:name` one path segment; everything else literally.
 * @example patternToRegExp('/_astro/*').test('/_astro/a/b.js') // true
 */
function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) =>
      part === '*'
        ? '.*'
        : part.startsWith(':')
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${source}$`)
}

/**
 * Parses a Netlify-style `_headers` file: a path pattern at the start of a line, then its
 * headers as indented `Name: value` lines; `#` starts a comment line.
 * @throws HeadersFileError naming the line that fits none of these.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim()
    if (!trimmed || trimmed.startsWith('#')) return
    if (!/^\s/.test(line)) {
      if (!trimmed.startsWith('/'))
        throw new HeadersFileError(`_headers line ${index + 1}: a path must start with /`)
      rules.push({ pattern: trimmed, matches: patternToRegExp(trimmed), headers: [] })
      return
    }
    const colon = trimmed.indexOf(':')
    const rule = rules.at(-1)
    if (!rule || colon < 1)
      throw new HeadersFileError(`_headers line ${index + 1}: expected "Name: value" under a path`)
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()])
  })
  return rules
}

/**
 * The headers for one URL path: every matching rule's, in file order; a header named by
 * several rules gets their values joined with ", " (as Netlify does). Names are lower case.
 */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const rule of rules) {
    if (!rule.matches.test(urlPath)) continue
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase()
      result[key] = result[key] === undefined ? value : `${result[key]}, ${value}`
    }
  }
  return result
}
