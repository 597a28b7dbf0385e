// The page's main-thread tasks from a Chromium trace, with wall time and the thread's own CPU
// time, and the page's `performance.mark`s on the same clock. On a busy machine a task's wall
// time includes the time the thread waited for a core; its thread time does not (Chromium's CPU
// slowdown does count: the throttled thread's time runs on), so thread time is the figure for
// a task's length on the slowed phone with the machine to itself.
import type { Browser, Page } from '@playwright/test'

/** One main-thread task: when it began (ms on the trace clock), wall and CPU milliseconds. */
type MainThreadTask = { start: number; wallMs: number; cpuMs: number }

type TraceEvent = {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}

/** Starts a trace of the page's main thread; stop it with {@link stopMainThreadTrace}. */
export function startMainThreadTrace(browser: Browser, page: Page): Promise<void> {
  return browser.startTracing(page, {
    categories: [
      'toplevel',
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
    ],
  })
}

/** A trace's main-thread tasks and the times (trace clock, ms) of the page's `performance.mark`s. */
export type MainThreadTrace = { tasks: MainThreadTask[]; marks: { name: string; at: number }[] }

/** Stops the trace and returns the renderer main thread's tasks (every renderer's) and marks. */
export async function stopMainThreadTrace(browser: Browser): Promise<MainThreadTrace> {
  const buffer = await browser.stopTracing()
  const parsed = JSON.parse(buffer.toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] }
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  )
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`))
    .map((e) => ({
      start: e.ts / 1000,
      wallMs: (e.dur ?? 0) / 1000,
      cpuMs: (e.tdur ?? e.dur ?? 0) / 1000,
    }))
  const marks = events
    .filter((e) => e.name.startsWith('jf-bench-') && main.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ name: e.name, at: e.ts / 1000 }))
    .sort((a, b) => a.at - b.at)
  return { tasks, marks }
}
