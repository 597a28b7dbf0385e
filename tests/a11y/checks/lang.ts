import type { Page } from '@playwright/test'
import type { Finding } from '../lib/findings.ts'
import { installHelpers, type InPage } from '../lib/inPage.ts'
import { siteRules } from '../lib/siteRules.ts'

type Block = { text: string; lang: string; element: string; html: string }

/** Text blocks of main (elements with text of their own) and the language each is read in. */
function blocks(): Block[] {
  const h = (window as unknown as { __a11y: InPage }).__a11y
  const main = document.querySelector('main') ?? document.body
  const out: Block[] = []
  for (const el of main.querySelectorAll('*')) {
    const own = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join(' ')
    if (own.trim() === '' || el.closest('script, style, template')) continue
    const text = el.textContent.replace(/\s+/g, ' ').trim()
    const lang = el.closest('[lang]')?.getAttribute('lang') ?? ''
    out.push({ text, lang, element: h.selectorOf(el), html: h.htmlOf(el) })
  }
  return out
}

const words = (text: string) => text.split(' ').filter((w) => /\p{L}/u.test(w)).length

/**
 * `lang` on the page and its parts: the root says da or en, every lang inside says da or en,
 * and on an English page any text block that reads word for word as on the Danish page
 * (a fallback; at least four words, so names and short labels do not count) is marked lang="da".
 */
export async function checkLang(page: Page): Promise<Finding[]> {
  await installHelpers(page)
  const findings: Finding[] = []
  const langs = await page.evaluate(() => {
    const h = (window as unknown as { __a11y: InPage }).__a11y
    return [...document.querySelectorAll('[lang]')].map((el) => ({
      lang: el.getAttribute('lang') ?? '',
      element: h.selectorOf(el),
      html: h.htmlOf(el),
    }))
  })
  const rootLang = await page.locator('html').getAttribute('lang')
  for (const { lang, element, html } of langs.filter((l) => l.lang !== 'da' && l.lang !== 'en'))
    findings.push({
      rule: 'lang-valid',
      runner: 'site',
      ...siteRules['lang-valid'],
      element,
      html,
      message: `lang="${lang}" is not one of the site's languages (da, en).`,
    })
  if (rootLang !== 'en') return findings
  const danishHref = await page
    .locator('link[rel="alternate"][hreflang="da"]')
    .getAttribute('href')
    .catch(() => null)
  if (!danishHref) return findings
  const english = await page.evaluate(blocks)
  const danishPage = await page.context().newPage()
  try {
    await danishPage.goto(new URL(danishHref).pathname)
    await installHelpers(danishPage)
    const danish = new Set((await danishPage.evaluate(blocks)).map((b) => b.text))
    for (const block of english) {
      if (block.lang === 'da' || words(block.text) < 4 || !danish.has(block.text)) continue
      findings.push({
        rule: 'lang-fallback',
        runner: 'site',
        ...siteRules['lang-fallback'],
        element: block.element,
        html: block.html,
        message: `Danish text on an English page is read as lang="${block.lang}": "${block.text.slice(0, 80)}"`,
      })
    }
  } finally {
    await danishPage.close()
  }
  return findings
}
