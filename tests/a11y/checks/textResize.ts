import type { Page } from '@playwright/test'
import type { Finding } from '../lib/findings.ts'
import { installHelpers, type InPage } from '../lib/inPage.ts'
import { siteRules } from '../lib/siteRules.ts'

type Loss = {
  kind: 'scroll' | 'clipped' | 'overlap'
  element: string
  html: string
  detail: string
}

/** Horizontal scrolling, text cut off by a box, and text lying over other text. */
function inspect(): Loss[] {
  const h = (window as unknown as { __a11y: InPage }).__a11y
  const losses: Loss[] = []
  const doc = document.documentElement
  const overflow = doc.scrollWidth - doc.clientWidth
  if (overflow > 0) {
    const widest = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1 && h.isShown(el))
      .pop()
    losses.push({
      kind: 'scroll',
      element: widest ? h.selectorOf(widest) : 'html',
      html: widest ? h.htmlOf(widest) : '',
      detail: `the page scrolls ${overflow} px sideways`,
    })
  }
  // Text runs: the rectangles of each visible text node.
  type Run = { el: Element; rects: DOMRect[] }
  const runs: Run[] = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement
    if (!el || (node.textContent ?? '').trim() === '' || !h.isShown(el)) continue
    if (el.closest('script, style, video, [aria-hidden="true"]')) continue
    const range = document.createRange()
    range.selectNodeContents(node)
    const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5)
    if (rects.length > 0) runs.push({ el, rects })
  }
  const clippers = (el: Element): Element[] => {
    const out: Element[] = []
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const style = getComputedStyle(a)
      if (/hidden|clip|scroll|auto/.test(style.overflowX + style.overflowY)) out.push(a)
    }
    return out
  }
  const seen = new Set<Element>()
  for (const run of runs) {
    for (const box of clippers(run.el)) {
      const b = box.getBoundingClientRect()
      if (b.width <= 1 || b.height <= 1) continue // visually hidden text is meant to be clipped
      const cut = run.rects.some(
        (r) =>
          r.right > b.right + 1 ||
          r.bottom > b.bottom + 1 ||
          r.left < b.left - 1 ||
          r.top < b.top - 1,
      )
      if (cut && !seen.has(run.el)) {
        seen.add(run.el)
        losses.push({
          kind: 'clipped',
          element: h.selectorOf(run.el),
          html: h.htmlOf(run.el),
          detail: `text is cut off by ${h.selectorOf(box)}`,
        })
      }
    }
  }
  const hit = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < runs.length; j++) {
      const a = runs[i]!
      const b = runs[j]!
      if (a.el === b.el) continue
      if (!a.rects.some((ra) => b.rects.some((rb) => hit(ra, rb)))) continue
      losses.push({
        kind: 'overlap',
        element: h.selectorOf(b.el),
        html: h.htmlOf(b.el),
        detail: `text lies over the text of ${h.selectorOf(a.el)}`,
      })
    }
  }
  return losses
}

/** The views a person who enlarges text may use, with the rule each one tests. */
const resizeViews = [
  { name: '320 px wide (1280 px at 400 %)', rule: 'reflow', width: 320, height: 640, text: 1 },
  { name: 'zoom 200 % (1280×800 at 200 %)', rule: 'text-resize', width: 640, height: 400, text: 1 },
  { name: 'text only at 200 %', rule: 'text-resize', width: 1280, height: 800, text: 2 },
  { name: 'text at 200 % on a phone', rule: 'text-resize', width: 320, height: 640, text: 2 },
] as const

/**
 * Text resize and reflow: in each view of `resizeViews` the page must not scroll sideways,
 * cut text off or lay text over text. Text-only enlargement doubles the root font size, as a
 * browser's font-size setting does (DKFDS sizes text in rem).
 */
export async function checkTextResize(page: Page): Promise<Finding[]> {
  const original = page.viewportSize()
  const findings: Finding[] = []
  for (const view of resizeViews) {
    await page.setViewportSize({ width: view.width, height: view.height })
    await page.evaluate((scale) => {
      document.documentElement.style.fontSize = scale === 1 ? '' : `${62.5 * scale}%`
    }, view.text)
    await installHelpers(page)
    for (const loss of await page.evaluate(inspect))
      findings.push({
        rule: view.rule,
        runner: 'site',
        ...siteRules[view.rule],
        element: loss.element,
        html: loss.html,
        message: `${view.name}: ${loss.detail}.`,
      })
  }
  await page.evaluate(() => (document.documentElement.style.fontSize = ''))
  if (original) await page.setViewportSize(original)
  return findings
}

/** Only the sideways-scroll part of reflow (1.4.10), for a state at 320 px as it is now. */
export async function sidewaysScroll(page: Page): Promise<Finding[]> {
  await installHelpers(page)
  const losses = (await page.evaluate(inspect)).filter((loss) => loss.kind === 'scroll')
  return losses.map((loss) => ({
    rule: 'reflow',
    runner: 'site',
    ...siteRules.reflow,
    element: loss.element,
    html: loss.html,
    message: `At 320 px ${loss.detail}.`,
  }))
}
