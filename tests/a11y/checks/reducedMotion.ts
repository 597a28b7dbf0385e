import type { Page } from '@playwright/test'
import type { Finding } from '../lib/findings.ts'
import { installHelpers, type InPage } from '../lib/inPage.ts'
import { siteRules } from '../lib/siteRules.ts'

type Motion = { element: string; html: string; detail: string }

function inspect(): Motion[] {
  const h = (window as unknown as { __a11y: InPage }).__a11y
  const out: Motion[] = []
  const moving = /transform|translate|rotate|scale|left|top|right|bottom|margin|width|height|all/
  const seconds = (list: string) => Math.max(...list.split(',').map((d) => parseFloat(d) || 0))
  const root = getComputedStyle(document.documentElement)
  if (root.scrollBehavior === 'smooth')
    out.push({ element: 'html', html: '<html>', detail: 'scroll-behavior is smooth' })
  for (const video of document.querySelectorAll('video'))
    if (video.autoplay)
      out.push({
        element: h.selectorOf(video),
        html: h.htmlOf(video),
        detail: 'the video autoplays',
      })
  for (const el of document.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo)
      const where = `${h.selectorOf(el)}${pseudo ?? ''}`
      if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01)
        out.push({
          element: where,
          html: h.htmlOf(el),
          detail: `animation ${style.animationName} runs`,
        })
      const props = style.transitionProperty.split(',').map((p) => p.trim())
      const durations = style.transitionDuration.split(',').map((d) => parseFloat(d) || 0)
      const moves = props.some(
        (p, i) => moving.test(p) && (durations[i] ?? durations[0] ?? 0) > 0.01,
      )
      if (moves)
        out.push({
          element: where,
          html: h.htmlOf(el),
          detail: `transition of ${style.transitionProperty}`,
        })
    }
  }
  return out
}

/**
 * With prefers-reduced-motion: reduce (the caller emulates it) nothing moves by itself: no
 * running animation, no transition of position or size, no smooth scrolling, no autoplaying video.
 * Colour and opacity fades stay allowed.
 */
export async function checkReducedMotion(page: Page): Promise<Finding[]> {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await installHelpers(page)
  const motions = await page.evaluate(inspect)
  return motions.map((m) => ({
    rule: 'reduced-motion',
    runner: 'site',
    ...siteRules['reduced-motion'],
    element: m.element,
    html: m.html,
    message: `With reduced motion asked for, ${m.detail}.`,
  }))
}
