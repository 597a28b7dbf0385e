import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The Content-Security-Policy of the admin and the API: the strictest Payload's admin works
 * under, found by loading every admin view in Chromium (lists, edit views with the rich-text
 * editor, globals, Indsigt, account, an image upload) under stricter policies and reading the
 * violations:
 * - script-src 'unsafe-inline': Next's App Router streams the React Server Components payload
 *   as inline `<script>self.__next_f.push(…)</script>` elements; without it the admin (the
 *   login form included) never renders. A per-request nonce would need a middleware and
 *   dynamic nonces threaded through Payload's layout, which Payload does not offer. No
 *   'unsafe-eval': the production build needs none.
 * - style-src 'unsafe-inline': Payload's and Lexical's components set `style` attributes and
 *   insert `<style>` elements at run time (hundreds of violations per view without it).
 * - img-src data: blob: — the rich-text editor's drag and add handles are data: SVGs in its
 *   CSS; an upload shows a thumbnail of the chosen file from a blob: URL before it is saved.
 * Everything else (fonts, fetches, media, workers, frames) is the admin's own origin only, so
 * a script or editor loaded from another host (Monaco from a CDN) is refused; nobody may
 * frame the admin.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** Headers every admin page and API answer carries. */
const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

const hsts = { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }

/**
 * HSTS only over https: always when the CMS's public address (CMS_URL at build time) is https;
 * otherwise on requests a TLS-terminating proxy marks `X-Forwarded-Proto: https`. (Browsers
 * ignore the header on plain http anyway, so a forged proxy header gains nothing.)
 */
function headerRules() {
  const httpsEverywhere = (process.env.CMS_URL ?? '').startsWith('https://')
  const rules = [
    { source: '/:path*', headers: httpsEverywhere ? [...securityHeaders, hsts] : securityHeaders },
  ]
  if (!httpsEverywhere)
    rules.push({
      source: '/:path*',
      has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
      headers: [hsts],
    })
  return rules
}

/** The admin lives in cms/ while package.json sits at the root: tell Next where the workspace is. */
const nextConfig = {
  turbopack: { root: projectRoot },
  outputFileTracingRoot: projectRoot,
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true },
  // A separate build folder for a build that must not replace cms/.next (tests, experiments).
  distDir: process.env.JOBUNIVERS_NEXT_DIST_DIR || '.next',
  headers: async () => headerRules(),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
