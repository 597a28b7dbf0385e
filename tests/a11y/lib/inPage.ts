import type { Page } from '@playwright/test'

/** Helpers the checks use inside the page (window.__a11y). */
export type InPage = {
  /** A CSS selector that finds this element again. */
  selectorOf(element: Element): string
  /** The element's opening tag and the start of its text. */
  htmlOf(element: Element): string
  /** Rendered, not hidden and larger than the 1 px of visually hidden text. */
  isShown(element: Element): boolean
}

function install(): void {
  const w = window as unknown as { __a11y?: InPage }
  if (w.__a11y) return
  const selectorOf = (element: Element): string => {
    const parts: string[] = []
    let el: Element | null = element
    while (el && el !== document.documentElement) {
      if (el.id && /^[A-Za-z][\w-]*$/.test(el.id)) {
        parts.unshift(`#${el.id}`)
        break
      }
      const tag = el.tagName.toLowerCase()
      const parent: Element | null = el.parentElement
      const same = parent ? [...parent.children].filter((c) => c.tagName === el!.tagName) : []
      parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(el) + 1})` : tag)
      el = parent
    }
    return parts.join(' > ') || 'html'
  }
  const htmlOf = (element: Element): string => {
    const open = element.outerHTML.slice(0, element.outerHTML.indexOf('>') + 1)
    const text = element.textContent.replace(/\s+/g, ' ').trim().slice(0, 80)
    return `${open.slice(0, 200)}${text}`
  }
  const isShown = (element: Element): boolean => {
    const rect = element.getBoundingClientRect()
    if (rect.width <= 1 || rect.height <= 1) return false
    const style = getComputedStyle(element)
    if (style.visibility !== 'visible' || Number(style.opacity) === 0) return false
    return element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
  }
  w.__a11y = { selectorOf, htmlOf, isShown }
}

/** Installs window.__a11y in the current document (again after each navigation). */
export async function installHelpers(page: Page): Promise<void> {
  await page.evaluate(install)
}
