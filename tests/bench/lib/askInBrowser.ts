// The "Spørg" page in Chromium with the CPU slowed 4×: how long from a question in the URL
// fragment to the answers (or "no answer") shown, and a substring scan of the same index in
// the same page as the baseline.
import type { Browser, Page } from '@playwright/test'
import { throttledPage } from './throttledPage.ts'

/** Milliseconds from setting `#q=` to the page's status saying what it found. */
function timeQuestion(page: Page, question: string): Promise<number> {
  return page.evaluate(
    (asked) =>
      new Promise<number>((resolve) => {
        const status = document.querySelector('[data-ask-status]')!
        const start = performance.now()
        const observer = new MutationObserver(() => {
          const text = status.textContent
          if (!text || text.endsWith('…')) return
          observer.disconnect()
          resolve(performance.now() - start)
        })
        observer.observe(status, { childList: true, characterData: true, subtree: true })
        location.hash = `q=${encodeURIComponent(asked)}`
      }),
    question,
  )
}

/** Milliseconds per question of a substring scan over the page's own index, in the page. */
function timeSubstringScan(page: Page, questions: string[]): Promise<number> {
  return page.evaluate(async (asked) => {
    const url = document.querySelector<HTMLElement>('[data-ask]')!.dataset.index!
    const index = (await (await fetch(url)).json()) as {
      passages: { title: string; text: string }[]
    }
    const start = performance.now()
    for (const question of asked) {
      const words = question.toLowerCase().split(/\s+/)
      index.passages
        .map((p) => words.filter((w) => `${p.title} ${p.text}`.toLowerCase().includes(w)).length)
        .sort((a, b) => b - a)
    }
    return (performance.now() - start) / asked.length
  }, questions)
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/**
 * The first question (which loads and indexes the answer index) and the median of the rest,
 * on `path` of the served site, with the substring baseline per question.
 */
export async function askInBrowser(
  browser: Browser,
  origin: string,
  path: string,
  questions: string[],
): Promise<{ first: number; median: number; baseline: number }> {
  const { page, close } = await throttledPage(browser)
  try {
    await page.goto(`${origin}${path}`)
    const [firstQuestion, ...rest] = questions
    const first = await timeQuestion(page, firstQuestion!)
    const times: number[] = []
    for (const question of rest) times.push(await timeQuestion(page, question))
    const baseline = await timeSubstringScan(page, rest)
    return { first, median: median(times), baseline }
  } finally {
    await close()
  }
}
