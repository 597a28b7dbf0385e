import fs from 'node:fs'
import path from 'node:path'

/** Longer request targets are refused with 414 (a static site's addresses are short). */
const maxUrlLength = 4096

/** A request target turned into a decoded URL path, or the status that refuses it. */
export type UrlPath = { ok: true; path: string } | { ok: false; status: 400 | 414; reason: string }

/**
 * The decoded path of a request target (`/a%20b?x` → `/a b`), refusing what no page address
 * can be: not origin-form, malformed percent-encoding, NUL, backslashes, `.` or `..` segments
 * (also when percent-encoded), or longer than {@link maxUrlLength}.
 */
export function urlPathOf(target: string): UrlPath {
  if (target.length > maxUrlLength) return { ok: false, status: 414, reason: 'URL too long' }
  if (!target.startsWith('/')) return { ok: false, status: 400, reason: 'Bad request target' }
  const raw = target.split(/[?#]/, 1)[0]!
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return { ok: false, status: 400, reason: 'Malformed URL encoding' }
  }
  if (/[\0\\]/.test(decoded)) return { ok: false, status: 400, reason: 'Bad character in path' }
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.'))
    return { ok: false, status: 400, reason: 'Dot segment in path' }
  return { ok: true, path: decoded }
}

const isFile = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true

/** Files a static host never serves: its own configuration and hidden files. */
const privateName = /(^|\/)(\.[^/]*|_headers|_redirects)$/

/**
 * The file of `root` a decoded URL path names, as Astro's directory format lays them out:
 * the file itself, `<path>/index.html`, or `<path>.html`. Undefined when there is none, or
 * when the path (after symlinks) would lead outside `root`.
 */
export function fileFor(root: string, urlPath: string): string | undefined {
  if (privateName.test(urlPath)) return undefined
  const base = path.join(root, urlPath)
  const candidates = urlPath.endsWith('/')
    ? [path.join(base, 'index.html')]
    : [base, path.join(base, 'index.html'), `${base}.html`]
  const file = candidates.find(isFile)
  if (!file) return undefined
  const real = fs.realpathSync(file)
  const inside = path.relative(fs.realpathSync(root), real)
  return inside.startsWith('..') || path.isAbsolute(inside) ? undefined : real
}
