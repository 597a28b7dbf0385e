/** One rule of a `_redirects` file: an exact old path, where it goes, and the status. */
export type RedirectRule = { from: string; to: string; status: number }

/** A `_redirects` line this server cannot follow. */
class RedirectsFileError extends Error {}

const redirectStatuses = new Set([301, 302, 303, 307, 308])

/**
 * Parses a Netlify-style `_redirects` file as the site build writes it: `from to [status][!]`
 * per line (status 301 when left out; `!` forces it even where a file exists, which is how
 * this server always treats it), `#` comments. Valid Netlify rules this server does not follow
 * (splats, placeholders, rewrites with 200, other statuses) are skipped and named to `skip`, so
 * none is ignored silently.
 * @throws RedirectsFileError naming a line that is no rule at all.
 */
export function parseRedirectsFile(
  text: string,
  skip: (message: string) => void = () => {},
): RedirectRule[] {
  const rules: RedirectRule[] = []
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim()
    if (!trimmed || trimmed.startsWith('#')) return
    const [from = '', to = '', code = '301!', ...rest] = trimmed.split(/\s+/)
    const status = Number(code.replace(/!$/, ''))
    const where = `_redirects line ${index + 1}`
    if (!from.startsWith('/') || !to || !/^\d{3}!?$/.test(code))
      throw new RedirectsFileError(`${where}: expected "/from /to [status][!]"`)
    if (rest.length || /[*:]/.test(from) || !redirectStatuses.has(status)) {
      skip(`${where}: skipped (only exact paths with a 3xx status are followed here)`)
      return
    }
    rules.push({ from: withoutTrailingSlash(from), to, status })
  })
  return rules
}

const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path)

/** The rule for a decoded URL path (with or without a trailing slash), if any. */
export function redirectFor(rules: RedirectRule[], urlPath: string): RedirectRule | undefined {
  const path = withoutTrailingSlash(urlPath)
  return rules.find((rule) => rule.from === path)
}
