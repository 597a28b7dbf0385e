// Finds what in built HTML, CSS and JavaScript would make a browser contact another host
// on its own: resource attributes, srcset lists, preloads and icons, SVG references, a
// refresh or <base>, CSS url() and @import, and absolute module imports. Links a citizen
// follows (<a href>) and links that only describe the page (canonical, hreflang) are fine.

/** Link relations that name a page without fetching it. */
const nonFetchingRels = new Set([
  'canonical',
  'alternate',
  'author',
  'help',
  'license',
  'next',
  'prev',
  'me',
])

/** Attributes a browser fetches from (on any element) whatever the tag. */
const fetchingAttributes = new Set([
  'src',
  'poster',
  'data',
  'background',
  'ping',
  'component-url',
  'renderer-url',
  'before-hydration-url',
])

/** Whether a URL points away from `ownOrigin` (absolute or protocol-relative). */
function isOtherHost(url: string, ownOrigin: string): boolean {
  const trimmed = url.trim()
  if (!/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(trimmed)) return false
  try {
    return new URL(trimmed, ownOrigin).origin !== new URL(ownOrigin).origin
  } catch {
    return true
  }
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const match of source.matchAll(/([^\s"'=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g))
    attributes.set(
      match[1]!.toLowerCase(),
      (match[2] ?? match[3] ?? match[4] ?? '').replace(/&amp;/g, '&'),
    )
  return attributes
}

const srcsetUrls = (value: string) =>
  value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')

/** The URLs one tag would fetch on load. */
function fetchedBy(tag: string, attributes: Map<string, string>): string[] {
  const urls: string[] = []
  for (const [name, value] of attributes) {
    if (fetchingAttributes.has(name)) urls.push(value)
    if (name === 'srcset' || name === 'imagesrcset') urls.push(...srcsetUrls(value))
    if (name === 'style') urls.push(...cssUrls(value))
  }
  const href = attributes.get('href') ?? attributes.get('xlink:href')
  if (href !== undefined) {
    const rels = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean)
    if (tag === 'link' && !rels.every((rel) => nonFetchingRels.has(rel))) urls.push(href)
    if (['base', 'use', 'image', 'feimage', 'script'].includes(tag)) urls.push(href)
  }
  const refresh = /^refresh$/i.test(attributes.get('http-equiv') ?? '')
  if (tag === 'meta' && refresh)
    urls.push(/url\s*=\s*(.+)$/i.exec(attributes.get('content') ?? '')?.[1] ?? '')
  return urls
}

/** URLs a stylesheet (or a style attribute) fetches: url(…) and @import. */
export function cssUrls(css: string): string[] {
  return [
    ...[...css.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/g)].map((match) => match[2]!),
    ...[...css.matchAll(/@import\s+(["'])([^"']*)\1/g)].map((match) => match[2]!),
  ]
}

/** Tags in `html` that would fetch from another host, as `<tag>: url` lines. */
export function otherHostsInHtml(html: string, ownOrigin: string): string[] {
  const found: string[] = []
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '')
  for (const match of withoutComments.matchAll(
    /<([a-zA-Z][\w:-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g,
  )) {
    const tag = match[1]!.toLowerCase()
    for (const url of fetchedBy(tag, attributesOf(match[2]!)))
      if (isOtherHost(url, ownOrigin)) found.push(`<${tag}>: ${url}`)
  }
  for (const match of withoutComments.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    for (const url of cssUrls(match[1]!))
      if (isOtherHost(url, ownOrigin)) found.push(`<style>: ${url}`)
  return found
}

/** url() and @import in a stylesheet that point at another host. */
export function otherHostsInCss(css: string, ownOrigin: string): string[] {
  return cssUrls(css).filter((url) => isOtherHost(url, ownOrigin))
}

/** Module imports (static and dynamic) in a script that point at another host. */
export function otherHostsInScript(code: string, ownOrigin: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)]
    .map((match) => match[1]!)
    .filter((url) => isOtherHost(url, ownOrigin))
}
