import type { MunicipalityData } from '../../municipality/types.ts'

/**
 * Lists the chosen municipality's own pages (its lessons) in every `[data-local-pages]` section
 * of the page, such as the front page's "Fra dit jobcenter"; hides the section when there is no
 * municipality on the site or it has no pages of its own.
 */
export function showLocalPages(data: MunicipalityData | null): void {
  const pages = data?.localPages ?? []
  for (const section of document.querySelectorAll<HTMLElement>('[data-local-pages]')) {
    const list = section.querySelector('[data-local-pages-list]')
    if (!list) continue
    list.replaceChildren(
      ...pages.map((page) => {
        const item = document.createElement('li')
        item.append(
          Object.assign(document.createElement('a'), { href: page.href, textContent: page.title }),
        )
        return item
      }),
    )
    section.hidden = pages.length === 0
  }
}
