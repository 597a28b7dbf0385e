// One Lighthouse run (mobile emulation, simulated throttling: its defaults) in Debian's
// Chromium, with every host but 127.0.0.1 unreachable so nothing leaves the machine.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumArgs, chromiumPath } from '../../lib/chromium.ts'

/** The figures the bench reports for one page. */
export type LighthouseFigures = {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  tbtMs: number
  cls: number
  /** Requests to anything but the page's own origin (they fail, and should not exist). */
  external: string[]
}

/**
 * Chromium resolves no host name but 127.0.0.1 and sends everything else to a closed local
 * port as its proxy (loopback bypasses a proxy), so neither the page nor Lighthouse's own
 * fetches (robots.txt, source maps: made through the page) can reach another host.
 */
const offlineArgs = [
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--proxy-server=http://127.0.0.1:9',
]

const categories = ['performance', 'accessibility', 'best-practices', 'seo']

/** A running Chromium for Lighthouse; `CHROME_PATH` wins over Debian's /usr/bin/chromium. */
export function launchForLighthouse(): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? chromiumPath,
    chromeFlags: [...chromiumArgs, ...offlineArgs],
    logLevel: 'silent',
  })
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100)

/** Audits `url` in the launched Chromium and returns the scores and metrics. */
export async function audit(chrome: { port: number }, url: string): Promise<LighthouseFigures> {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
    formFactor: 'mobile',
    disableFullPageScreenshot: true,
  })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`)
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  const origin = new URL(url).origin
  const requests = (
    lhr.audits['network-requests']?.details as { items?: { url?: string }[] } | undefined
  )?.items
  return {
    performance: score(lhr.categories.performance?.score),
    accessibility: score(lhr.categories.accessibility?.score),
    bestPractices: score(lhr.categories['best-practices']?.score),
    seo: score(lhr.categories.seo?.score),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    external: (requests ?? [])
      .map((item) => item.url ?? '')
      .filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin),
  }
}
