// The flow page on a slow phone: Chromium's CPU slowed 4× and DevTools' "Slow 4G" network
// emulated (lib/throttledPage.ts), the sample site served by serve/. Measures the time from
// navigation to the first question painted and to it being answerable (the island hydrated),
// and from each answer to the next screen painted (Event Timing: input to next paint), with the
// long tasks meanwhile. Baselines, same throttling and run: the 404 page's load (bare layout)
// and opening a FAQ <details> (a click no script handles). Goal: an answer under 200 ms.
import type { Browser, Page } from '@playwright/test'
import { startMainThreadTrace, stopMainThreadTrace } from './lib/mainThreadTasks.ts'
import { launchChromium } from './lib/pageLoad.ts'
import { pageTypes, pathFor, verdict } from './lib/pageTypes.ts'
import { sampleSite } from './lib/sampleSite.ts'
import { serveStatic } from './lib/staticServer.ts'
import { armScreenChange, cpuSlowdown, throttledPage, timingsOf } from './lib/throttledPage.ts'
import type { BenchRow, BenchSection } from './section.ts'

const runs = Number(process.env.BENCH_FLOW_RUNS ?? 3)
const answerGoalMs = 200
/** How long after an answer's paint its long tasks still count. */
const settleMs = 500

type Answered = {
  screen: 'question' | 'plan'
  /** From the click to the next screen drawn. */
  ms: number
  /** Event Timing: from the click to the next paint, whatever it showed. */
  eventMs: number
  longTasks: number
  longestTaskMs: number
}
type FlowRun = {
  fcp: number
  answerable: number
  painted: boolean
  answers: Answered[]
  /** The longest main-thread task while answering, in thread ms (slowed, not waiting for a core). */
  longestCpuMs: number
  /** Tasks while answering whose thread time exceeds 50 ms. */
  longByCpu: number
}

/** The Event Timing entry of the click made after `after` (ms), waiting for it to arrive. */
async function clickEntry(page: Page, after: number) {
  const handle = await page.waitForFunction(
    (since) =>
      window.__jfBench.events.find((event) => event.name === 'click' && event.start >= since) ??
      null,
    after,
    { timeout: 30_000 },
  )
  return (await handle.jsonValue())!
}

/** Answers every question with its first choice until the plan shows. */
async function answerToPlan(page: Page): Promise<Answered[]> {
  const answered: Answered[] = []
  for (let guard = 0; guard < 20; guard++) {
    const question = page.locator('.jf-question')
    if ((await question.count()) === 0) break
    const heading = await page.locator('.jf-screen-heading').textContent()
    await question.locator('input').first().check()
    const before = await page.evaluate(() => performance.now())
    await armScreenChange(page, heading)
    await question.locator('button[type=submit]').click()
    const shown = await page.waitForFunction(() => {
      const { screenShown, lastClick } = window.__jfBench
      return screenShown !== null && lastClick !== null ? screenShown - lastClick : null
    })
    const ms = (await shown.jsonValue())!
    const entry = await clickEntry(page, before)
    // Work an answer defers until after the paint (focus, the plan's events) counts too.
    const end = entry.start + entry.duration + settleMs
    await page.waitForFunction((until) => performance.now() > until, end)
    const tasks = (await timingsOf(page)).longTasks.filter(
      (task) => task.start < end && task.start + task.duration > entry.start,
    )
    answered.push({
      screen: (await page.locator('.jf-plan').count()) > 0 ? 'plan' : 'question',
      ms,
      eventMs: entry.duration,
      longTasks: tasks.length,
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    })
  }
  return answered
}

async function flowRun(browser: Browser, url: string): Promise<FlowRun> {
  const { page, close } = await throttledPage(browser)
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
    await page.waitForFunction(() => window.__jfBench.hydratedAt !== null, null, {
      timeout: 120_000,
    })
    const timings = await timingsOf(page)
    await startMainThreadTrace(browser, page)
    const answers = await answerToPlan(page)
    const trace = await stopMainThreadTrace(browser)
    // Each answer's window: from its click to 500 ms after its screen was drawn.
    const clicks = trace.marks.filter((mark) => mark.name === 'jf-bench-click')
    const shown = trace.marks.filter((mark) => mark.name === 'jf-bench-shown')
    const windows = clicks.map((click) => {
      const end = shown.find((mark) => mark.at >= click.at)?.at ?? click.at
      return { from: click.at, to: end + settleMs }
    })
    const tasks = trace.tasks.filter((task) =>
      windows.some((w) => task.start < w.to && task.start + task.wallMs > w.from),
    )
    return {
      fcp: timings.fcp ?? Number.NaN,
      answerable: timings.hydratedAt ?? Number.NaN,
      painted: timings.questionBeforeHydration,
      answers,
      longestCpuMs: Math.max(0, ...tasks.map((task) => task.cpuMs)),
      longByCpu: tasks.filter((task) => task.cpuMs > 50).length,
    }
  } finally {
    await close()
  }
}

/** Baseline: the 404 page's load event, and a click that opens a <details> with no script. */
async function baselineRun(
  browser: Browser,
  origin: string,
): Promise<{ load: number; fcp: number; click: number }> {
  const { page, close } = await throttledPage(browser)
  try {
    await page.goto(`${origin}/404.html`, { waitUntil: 'load', timeout: 120_000 })
    const bare = await timingsOf(page)
    await page.goto(`${origin}/spoergsmaal`, { waitUntil: 'load', timeout: 120_000 })
    const before = await page.evaluate(() => performance.now())
    await page.locator('details summary').first().click()
    const entry = await clickEntry(page, before)
    return { load: bare.load ?? Number.NaN, fcp: bare.fcp ?? Number.NaN, click: entry.duration }
  } finally {
    await close()
  }
}

const median = (values: number[]) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export default async function flowInteraction(): Promise<BenchSection> {
  const site = await sampleSite()
  const flow = pageTypes.find((entry) => entry.type === 'flow')!
  const path = pathFor(site, flow)
  if (!path)
    return {
      title: 'Flow page on a slow phone',
      rows: [{ name: 'no flow page yet', value: 0, unit: '' }],
    }
  const server = await serveStatic(site)
  const browser = await launchChromium()
  try {
    const flows: FlowRun[] = []
    const bases: Awaited<ReturnType<typeof baselineRun>>[] = []
    for (let run = 0; run < runs; run++) {
      bases.push(await baselineRun(browser, server.origin))
      flows.push(await flowRun(browser, server.origin + path))
    }
    const base = {
      load: median(bases.map((b) => b.load)),
      fcp: median(bases.map((b) => b.fcp)),
      click: median(bases.map((b) => b.click)),
    }
    const questionAnswers = flows.map((run) => run.answers.filter((a) => a.screen === 'question'))
    const planAnswers = flows.map((run) => run.answers.find((a) => a.screen === 'plan'))
    const worstQuestion = median(questionAnswers.map((list) => Math.max(...list.map((a) => a.ms))))
    const worstQuestionEvent = median(
      questionAnswers.map((list) => Math.max(...list.map((a) => a.eventMs))),
    )
    const plan = median(planAnswers.map((a) => a?.ms ?? Number.NaN))
    const planEvent = median(planAnswers.map((a) => a?.eventMs ?? Number.NaN))
    const longTasks = median(
      flows.map((run) => run.answers.reduce((sum, a) => sum + a.longTasks, 0)),
    )
    const longest = median(
      flows.map((run) => Math.max(0, ...run.answers.map((a) => a.longestTaskMs))),
    )
    const longestCpu = median(flows.map((run) => run.longestCpuMs))
    const longByCpu = median(flows.map((run) => run.longByCpu))
    const fcp = median(flows.map((run) => run.fcp))
    const answerable = median(flows.map((run) => run.answerable))
    const conditions = `CPU ÷${cpuSlowdown}, DevTools "Slow 4G"; median of ${runs}`
    const rows: BenchRow[] = [
      {
        name: `flow ${path}: first question painted (FCP)`,
        value: fcp,
        unit: 'ms',
        baseline: base.fcp,
        ratio: fcp / base.fcp,
        note: `${flows.every((run) => run.painted) ? 'question server-rendered, painted before the island runs' : 'NOT in the served HTML: waits for the island'}; baseline = 404 page FCP; ${conditions}`,
      },
      {
        name: `flow ${path}: first question answerable (island hydrated)`,
        value: answerable,
        unit: 'ms',
        baseline: base.load,
        ratio: answerable / base.load,
        note: `from navigation start; baseline = 404 page load event (bare layout); ${conditions}`,
      },
      {
        name: 'answer → next question painted (slowest answer of a run)',
        value: worstQuestion,
        unit: 'ms',
        baseline: base.click,
        ratio: worstQuestion / base.click,
        note: `goal < ${answerGoalMs} ms: ${verdict(worstQuestion < answerGoalMs)}; click → frame with the new screen drawn; Event Timing (click → next paint) ${worstQuestionEvent} ms; baseline = FAQ <details> click, Event Timing; ${conditions}`,
      },
      {
        name: 'last answer → plan painted (plan computed)',
        value: plan,
        unit: 'ms',
        baseline: base.click,
        ratio: plan / base.click,
        note: `goal < ${answerGoalMs} ms: ${verdict(plan < answerGoalMs)}; click → frame with the plan drawn; Event Timing ${planEvent} ms; ${conditions}`,
      },
      {
        name: 'long tasks (> 50 ms) from an answer to 500 ms after its paint, all answers of a run',
        value: longTasks,
        unit: 'tasks',
        note: `wall time, so a busy machine adds to it (see the CPU row); longest ${longest.toFixed(0)} ms; answers per run: ${flows.map((run) => run.answers.length).join(', ')}`,
      },
      {
        name: 'long tasks (> 50 ms thread time) from an answer to 500 ms after its screen (trace)',
        value: longByCpu,
        unit: 'tasks',
        note: `goal 0: ${verdict(longByCpu === 0)}; longest ${longestCpu.toFixed(0)} ms thread time; the thread's own time on the slowed CPU, so waiting for a core on the busy machine is left out`,
      },
    ]
    return { title: 'Flow page on a slow phone (CPU ÷4, Slow 4G; serve/)', rows }
  } finally {
    await browser.close()
    await server.close()
  }
}
