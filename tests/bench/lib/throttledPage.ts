// A phone-sized Chromium page with the CPU slowed and a slow mobile network emulated through
// the DevTools protocol, and observers installed before any of the page's scripts run: paint
// entries, long tasks, Event Timing entries (input to next paint) and the moment the page's
// islands hydrated (Astro removes `ssr` from <astro-island>).
import type { Browser, CDPSession, Page } from '@playwright/test'

/** How much slower than this machine the CPU runs (Lighthouse's mobile setting). */
export const cpuSlowdown = 4

/**
 * DevTools' "Slow 4G" preset (formerly "Fast 3G"): 562.5 ms round trip, 1.44 Mbit/s down,
 * 675 kbit/s up. Slower per request than Lighthouse's simulated slow 4G (150 ms, 1.6 Mbit/s),
 * since here it is applied to every request for real.
 */
const slowMobileNetwork = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
}

/** What the observers saw, in ms since navigation start (the page's time origin). */
export type PageTimings = {
  fcp: number | null
  load: number | null
  hydratedAt: number | null
  /** Whether the first question was on screen before the island hydrated (server-rendered). */
  questionBeforeHydration: boolean
  /** The last click's time stamp (when the input happened). */
  lastClick: number | null
  /** When the screen armed by {@link armScreenChange} had changed and painted. */
  screenShown: number | null
  longTasks: { start: number; duration: number }[]
  events: { name: string; start: number; duration: number; processingEnd: number; target: string }[]
}

declare global {
  interface Window {
    __jfBench: PageTimings
  }
}

/** Runs in the page before its own scripts: collects what {@link PageTimings} describes. */
function installObservers(): void {
  const timings: PageTimings = {
    fcp: null,
    load: null,
    hydratedAt: null,
    questionBeforeHydration: false,
    lastClick: null,
    screenShown: null,
    longTasks: [],
    events: [],
  }
  window.__jfBench = timings
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') timings.fcp = entry.startTime
  }).observe({ type: 'paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      timings.longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      const target = entry.target as HTMLElement | null
      timings.events.push({
        name: entry.name,
        start: entry.startTime,
        duration: entry.duration,
        processingEnd: entry.processingEnd,
        target: target
          ? `${target.tagName.toLowerCase()}${target.className ? `.${target.className}` : ''}`
          : '',
      })
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit)
  // Seen while the HTML is parsed, before the island hydrates (which may come before
  // DOMContentLoaded when its module is already fetched).
  const seeQuestion = () => {
    if (document.querySelector('astro-island[ssr] .jf-question input'))
      timings.questionBeforeHydration = true
  }
  new MutationObserver(() => {
    if (timings.hydratedAt !== null) return
    seeQuestion()
    const island = document.querySelector('astro-island')
    if (island && !island.hasAttribute('ssr')) timings.hydratedAt = performance.now()
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['ssr'],
  })
  document.addEventListener('DOMContentLoaded', seeQuestion)
  addEventListener('load', () => (timings.load = performance.now()))
  document.addEventListener(
    'click',
    (event) => {
      timings.lastClick = event.timeStamp
      performance.mark('jf-bench-click') // found again in a trace (lib/mainThreadTasks.ts)
    },
    true,
  )
}

/**
 * Watches for the flow's screen to change from the one headed `previous` (another question
 * heading, or the plan) and records when that frame has been drawn: the animation frame that
 * renders the change, then the task after it.
 */
export function armScreenChange(page: Page, previous: string | null): Promise<void> {
  return page.evaluate((previous) => {
    const timings = window.__jfBench
    timings.screenShown = null
    const changed = () =>
      document.querySelector('.jf-plan') !== null ||
      document.querySelector('.jf-screen-heading')?.textContent !== previous
    const observer = new MutationObserver(() => {
      if (!changed()) return
      observer.disconnect()
      requestAnimationFrame(() =>
        setTimeout(() => {
          timings.screenShown = performance.now()
          performance.mark('jf-bench-shown')
        }, 0),
      )
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  }, previous)
}

/** A fresh phone-sized page with the CPU slowed and the slow network on, observers installed. */
export async function throttledPage(
  browser: Browser,
): Promise<{ page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', slowMobileNetwork)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  await page.addInitScript(installObservers)
  return { page, cdp, close: () => context.close() }
}

/** The observers' findings so far. */
export function timingsOf(page: Page): Promise<PageTimings> {
  return page.evaluate(() => structuredClone(window.__jfBench))
}
