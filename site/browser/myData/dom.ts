/** Makes an element with text (never HTML: what the page shows comes from storage and the server). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  if (text !== undefined) element.textContent = text
  if (className) element.className = className
  return element
}

/** A list of texts, or a paragraph saying there is nothing. */
export function listOrNone(items: string[], none: string): HTMLElement {
  if (items.length === 0) return el('p', none, 'jf-muted')
  const list = el('ul')
  for (const item of items) list.append(el('li', item))
  return list
}

/** Replaces the children of the element matching `selector` inside `root`. */
export function fill(root: ParentNode, selector: string, ...children: Node[]): void {
  root.querySelector(selector)?.replaceChildren(...children)
}
