import type { Page } from '@playwright/test'
import type { Finding } from '../lib/findings.ts'
import { installHelpers, type InPage } from '../lib/inPage.ts'
import { siteRules } from '../lib/siteRules.ts'

type Small = { element: string; html: string; width: number; height: number; why: string }

/**
 * WCAG 2.2 2.5.8 in the page. A target is anything a pointer operates; a checkbox or radio
 * counts together with its label (clicking the label ticks it). A target under 24×24 passes when
 * it is inline in a sentence (the inline exception), or when a 24 px circle on its centre touches
 * no other target and no other small target's circle (the spacing exception). Native video
 * controls are the user agent's (exempt) and are not in the DOM anyway.
 */
function inspect(): Small[] {
  const h = (window as unknown as { __a11y: InPage }).__a11y
  const selector =
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], [tabindex]:not([tabindex="-1"])'
  type Target = { el: Element; rect: DOMRect }
  const union = (rects: DOMRect[]) => {
    const shown = rects.filter((r) => r.width > 1 && r.height > 1)
    if (shown.length === 0) return null
    const left = Math.min(...shown.map((r) => r.left))
    const top = Math.min(...shown.map((r) => r.top))
    const right = Math.max(...shown.map((r) => r.right))
    const bottom = Math.max(...shown.map((r) => r.bottom))
    return new DOMRect(left, top, right - left, bottom - top)
  }
  const targets: Target[] = []
  for (const el of document.querySelectorAll(selector)) {
    if ((el as HTMLInputElement).disabled || el.closest('[hidden], [inert]')) continue
    if (el.tagName === 'MAIN' || el.matches('[tabindex="-1"]')) continue
    const labels = el instanceof HTMLInputElement ? [...(el.labels ?? [])] : []
    const parts = [el, ...labels].filter((x) => h.isShown(x) || x === el)
    const rect = union(parts.filter((x) => h.isShown(x)).map((x) => x.getBoundingClientRect()))
    if (rect) targets.push({ el, rect })
  }
  const inSentence = (el: Element) => {
    if (getComputedStyle(el).display !== 'inline') return false
    let block = el.parentElement
    while (block && getComputedStyle(block).display.startsWith('inline'))
      block = block.parentElement
    if (!block) return false
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!el.contains(node) && (node.textContent ?? '').trim() !== '') return true
    return false
  }
  const tolerance = 0.5
  const small = targets.filter(
    (t) => t.rect.width < 24 - tolerance || t.rect.height < 24 - tolerance,
  )
  const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 })
  const circleHits = (c: { x: number; y: number }, r: DOMRect) => {
    const dx = Math.max(r.left - c.x, 0, c.x - r.right)
    const dy = Math.max(r.top - c.y, 0, c.y - r.bottom)
    return dx * dx + dy * dy < 12 * 12
  }
  const out: Small[] = []
  for (const target of small) {
    if (inSentence(target.el)) continue
    const c = centre(target.rect)
    const others = targets.filter(
      (o) => o !== target && !o.el.contains(target.el) && !target.el.contains(o.el),
    )
    const touching = others.find((o) => circleHits(c, o.rect))
    const crowding = small.find((o) => {
      if (o === target || o.el.contains(target.el) || target.el.contains(o.el)) return false
      const d = centre(o.rect)
      return Math.hypot(d.x - c.x, d.y - c.y) < 24
    })
    const near = touching ?? crowding
    if (!near) continue
    out.push({
      element: h.selectorOf(target.el),
      html: h.htmlOf(target.el),
      width: Math.round(target.rect.width * 10) / 10,
      height: Math.round(target.rect.height * 10) / 10,
      why: h.htmlOf(near.el),
    })
  }
  return out
}

/** Target size at least 24×24 CSS px, with 2.5.8's inline and spacing exceptions. */
export async function checkTargetSize(page: Page): Promise<Finding[]> {
  await installHelpers(page)
  const small = await page.evaluate(inspect)
  return small.map((s) => ({
    rule: 'target-size',
    runner: 'site',
    ...siteRules['target-size'],
    element: s.element,
    html: s.html,
    message: `The target is ${s.width}×${s.height} CSS px and another target is within 24 px: ${s.why}`,
  }))
}
