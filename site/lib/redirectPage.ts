import { messagesFor } from '../i18n/index.ts'
import type { Redirect } from './redirects.ts'

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )

/**
 * The static page at an old address: an instant `meta refresh` to the new page, the new page
 * as canonical, `noindex`, and a visible link for anyone whose browser does not follow the
 * refresh. No script or style, so it passes the site's Content-Security-Policy as it is.
 * The link says the page's title; `site` is the origin the site is built for (canonical URL).
 */
export function redirectPage(
  { to, locale, title }: Pick<Redirect, 'to' | 'locale' | 'title'>,
  site: URL | string,
): string {
  const t = messagesFor(locale).moved
  const path = escapeHtml(to)
  const canonical = escapeHtml(new URL(to, site).href)
  const lang = title && title.lang !== locale ? ` lang="${title.lang}"` : ''
  const linkText = title ? escapeHtml(title.value) : canonical
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${path}">
<link rel="canonical" href="${canonical}">
<title>${escapeHtml(t.title)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.text)} <a href="${path}"${lang}>${linkText}</a></p>
</main>
</body>
</html>
`
}
