import http from 'node:http'
import path from 'node:path'
import { createSiteHandler, type FixedAnswer } from '../../../serve/siteServer.ts'

/** Where the banner's stylesheet is served: a file of its own, so the strict CSP allows it. */
const bannerStylesheetPath = '/__preview/banner.css'

const bannerCss = `.jobunivers-preview-banner{background:#ffe6a3;color:#1a1a1a;padding:8px 16px;border-bottom:2px solid #a36b00;font-family:sans-serif}
`

const banner =
  '<div role="note" class="jobunivers-preview-banner">Forhåndsvisning af en kladde: ikke offentlig. / Preview of a draft: not public.</div>'

/** Adds the draft banner (and its stylesheet) to a page of the preview build. */
function withBanner(html: string): string {
  const link = `<link rel="stylesheet" href="${bannerStylesheetPath}">`
  const linked = html.includes('</head>') ? html.replace('</head>', `${link}</head>`) : link + html
  return /<body[^>]*>/.test(linked)
    ? linked.replace(/<body([^>]*)>/, `<body$1>${banner}`)
    : banner + linked
}

const loginPage = (cmsUrl: string): FixedAnswer => ({
  status: 401,
  contentType: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="da"><meta charset="utf-8"><title>Log ind</title><h1>Log ind i CMS'et først / Log in to the CMS first</h1><p><a href="${cmsUrl}/admin">${cmsUrl}/admin</a></p>`,
})

/** True when the CMS knows the request's cookie as a logged-in user (5 s at most). */
async function isLoggedIn(cmsUrl: string, cookie: string | undefined): Promise<boolean> {
  if (!cookie) return false
  const me = await fetch(`${cmsUrl}/api/users/me`, {
    headers: { cookie },
    signal: AbortSignal.timeout(5_000),
  })
    .then((answer) => answer.json() as Promise<{ user?: unknown }>)
    .catch(() => ({ user: null }))
  return Boolean(me.user)
}

/**
 * Serves the latest preview build to logged-in CMS users only: each request's cookie is
 * checked against the CMS (`/api/users/me`), so a preview is never public. Files are resolved
 * and refused (malformed URLs 400, other methods 405, errors 500) by the site's own static host
 * (serve/), with the site's security headers from the build's `_headers` (the source
 * `_headers` until a preview is built) plus `Cache-Control: no-store` and
 * `X-Robots-Tag: noindex`. Each page gets a banner saying it is a draft.
 */
export function createPreviewServer(options: { dir: string; cmsUrl: string }): http.Server {
  const handler = createSiteHandler({
    dir: path.resolve(options.dir),
    fallbackHeadersFile: path.resolve(
      import.meta.dirname,
      '..',
      '..',
      '..',
      'site',
      'public',
      '_headers',
    ),
    compress: false,
    extraHeaders: { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' },
    rewriteHtml: withBanner,
    log: (line) => console.error(line.replace(/^site server/, 'preview server')),
    gate: async (request, urlPath) => {
      if (urlPath === bannerStylesheetPath)
        return { status: 200, contentType: 'text/css; charset=utf-8', body: bannerCss }
      return (await isLoggedIn(options.cmsUrl, request.headers.cookie))
        ? undefined
        : loginPage(options.cmsUrl)
    },
  })
  return http.createServer(
    { headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 1_000 },
    handler,
  )
}
