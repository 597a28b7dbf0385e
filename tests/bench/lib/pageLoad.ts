// What a phone-sized Chromium fetches on the first view of a page, by kind: the body bytes as
// transferred (gzip where the server compresses, as serve/ does) and as decoded; every
// response until the network is idle, media files (the video itself) left out, and any request
// to another host refused and counted.
import { chromium, type Browser } from '@playwright/test'
import { chromiumLaunchOptions } from '../../lib/chromium.ts'

/** The kinds a page's weight is split into. */
export const weightKinds = ['html', 'css', 'js', 'fonts', 'images', 'other'] as const
/** One of `weightKinds`. */
type WeightKind = (typeof weightKinds)[number]

/** Body bytes per kind (decoded, and as transferred), requests and refused hosts. */
export type PageWeight = {
  raw: Record<WeightKind, number>
  /** Response bodies as they came over the wire (Chromium's encoded body size). */
  sent: Record<WeightKind, number>
  requests: number
  external: string[]
}

const kindOf: Record<string, WeightKind> = {
  document: 'html',
  stylesheet: 'css',
  script: 'js',
  font: 'fonts',
  image: 'images',
}

/** Debian's Chromium, started for one bench section. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions())
}

const zero = (): Record<WeightKind, number> => ({
  html: 0,
  css: 0,
  js: 0,
  fonts: 0,
  images: 0,
  other: 0,
})

/** Loads `origin + path` in a fresh phone-sized context and sums what it fetched. */
export async function weighPage(
  browser: Browser,
  origin: string,
  path: string,
): Promise<PageWeight> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  })
  const weight: PageWeight = { raw: zero(), sent: zero(), requests: 0, external: [] }
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      weight.external.push(route.request().url())
      return route.abort('blockedbyclient')
    },
  )
  const bodies: Promise<void>[] = []
  const page = await context.newPage()
  page.on('response', (response) => {
    const type = response.request().resourceType()
    if (type === 'media' || !response.url().startsWith(origin)) return
    const kind = kindOf[type] ?? 'other'
    bodies.push(
      Promise.all([
        response.body(),
        response.finished().then(() => response.request().sizes()),
      ]).then(
        ([body, sizes]) => {
          weight.requests++
          weight.raw[kind] += body.length
          weight.sent[kind] += sizes.responseBodySize
        },
        () => undefined, // a redirect or an aborted load has no body
      ),
    )
  })
  await page.goto(origin + path, { waitUntil: 'networkidle' })
  await Promise.all(bodies)
  await context.close()
  return weight
}
