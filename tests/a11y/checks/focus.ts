import type { Page } from '@playwright/test'
import { installHelpers, type InPage } from '../lib/inPage.ts'

/** Where focus is and whether a person can see it. */
export type FocusState = {
  /** Selector of the focused element; `body` when nothing in the page has focus. */
  element: string
  html: string
  /** The focus indicator found (such as "outline 3px solid on label::before"), or null. */
  indicator: string | null
  /** False when the element is off screen or another element covers its centre. */
  onScreen: boolean
}

/**
 * Reads the focused element and decides from computed styles whether focus is visible: the
 * element (or its label, or their ::before/::after, where DKFDS draws radios and checkboxes) must
 * differ between focused and unfocused in outline, box-shadow, border or background. The
 * unfocused look comes from a clone placed beside it for one synchronous moment (no paint happens).
 */
function readFocus(): FocusState {
  const h = (window as unknown as { __a11y: InPage }).__a11y
  let el: Element | null = document.activeElement
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
  if (!el || el === document.body || el === document.documentElement)
    return { element: 'body', html: '', indicator: null, onScreen: false }
  const labels = el instanceof HTMLInputElement ? [...(el.labels ?? [])] : []
  const originals = [el, ...labels]
  const clones = originals.map((x) => x.cloneNode(true) as Element)
  const anchor = originals[originals.length - 1]!
  const parent = anchor.parentNode!
  const after = anchor.nextSibling
  for (const clone of clones) {
    // A cloned radio would join the group and untick the original: the clone gets no name.
    clone.removeAttribute('name')
    clone.setAttribute('aria-hidden', 'true')
    parent.insertBefore(clone, after)
  }
  const props = [
    'outlineStyle',
    'outlineWidth',
    'outlineColor',
    'boxShadow',
    'borderTopColor',
    'borderTopWidth',
    'backgroundColor',
  ] as const
  let indicator: string | null = null
  try {
    for (let i = 0; i < originals.length && !indicator; i++) {
      for (const pseudo of [null, '::before', '::after']) {
        const on = getComputedStyle(originals[i]!, pseudo)
        const off = getComputedStyle(clones[i]!, pseudo)
        const changed = props.filter((p) => on[p] !== off[p])
        const outline = on.outlineStyle !== 'none' && parseFloat(on.outlineWidth) >= 1
        const shadow = on.boxShadow !== 'none'
        if (
          changed.length > 0 &&
          (outline || shadow || changed.some((p) => !p.startsWith('outline')))
        ) {
          const what = outline
            ? `outline ${on.outlineWidth} ${on.outlineStyle} ${on.outlineColor}`
            : shadow
              ? `box-shadow ${on.boxShadow}`
              : changed.join(', ')
          indicator = `${what} on ${i === 0 ? 'the element' : 'its label'}${pseudo ?? ''}`
          break
        }
      }
    }
  } finally {
    for (const clone of clones) clone.remove()
  }
  // Where the element is on screen: its box clipped to the viewport, probed at the centre.
  const rect = (labels.find((l) => h.isShown(l)) ?? el).getBoundingClientRect()
  const left = Math.max(rect.left, 0)
  const top = Math.max(rect.top, 0)
  const right = Math.min(rect.right, innerWidth)
  const bottom = Math.min(rect.bottom, innerHeight)
  const inView = right > left && bottom > top
  const hit = inView ? document.elementFromPoint((left + right) / 2, (top + bottom) / 2) : null
  const onScreen =
    inView && hit !== null && originals.some((o) => o === hit || o.contains(hit) || hit.contains(o))
  return { element: h.selectorOf(el), html: h.htmlOf(el), indicator, onScreen }
}

/** The focus state of the page once its focus transition has ended (installs the helpers). */
export async function focusNow(page: Page): Promise<FocusState> {
  await installHelpers(page)
  // Let transitions finish first (DKFDS slides the skip link in and out over 0.2 s).
  await page.evaluate(async () => {
    const running = document.getAnimations().map((a) => a.finished)
    await Promise.race([Promise.all(running), new Promise((r) => setTimeout(r, 1000))])
  })
  return page.evaluate(readFocus)
}
