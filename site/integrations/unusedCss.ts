// Drops the rules of a stylesheet that no page can match: a selector is kept only when every
// class it requires is one the site uses. Conservative by design: classes inside functional
// pseudo-classes (:not(), :is(), :where(), :has()) and attribute selectors never count, so a
// rule is only dropped when it certainly cannot apply.
import { parseCss, serializeCss, splitSelectorList, type CssNode } from './cssBlocks.ts'

/** The text of a selector with every `(…)` and `[…]` emptied (their classes do not count). */
function withoutArguments(selector: string): string {
  let out = ''
  let depth = 0
  for (let i = 0; i < selector.length; i++) {
    const char = selector[i]!
    if (char === '\\') {
      if (depth === 0) out += selector.slice(i, i + 2)
      i++
      continue
    }
    if (char === '(' || char === '[') depth++
    if (depth === 0) out += char
    if (char === ')' || char === ']') depth--
  }
  return out
}

/** The classes a single selector requires of the element or its ancestors. */
export function requiredClasses(selector: string): string[] {
  return [...withoutArguments(selector).matchAll(/\.((?:[\w-]|\\.)+)/g)].map((match) =>
    match[1]!.replace(/\\(.)/g, '$1'),
  )
}

/** Whether a selector can match a page whose classes are those `isUsed` accepts. */
function selectorIsUsed(selector: string, isUsed: (name: string) => boolean): boolean {
  return requiredClasses(selector).every(isUsed)
}

const keyframesRule = /^@(?:-webkit-)?keyframes\s+(\S+)/i

function trimNodes(nodes: CssNode[], isUsed: (name: string) => boolean): CssNode[] {
  return nodes.flatMap((node): CssNode[] => {
    if (node.children) {
      const children = trimNodes(node.children, isUsed)
      return children.length > 0 ? [{ ...node, children }] : []
    }
    if (node.prelude.startsWith('@') || node.body === undefined) return [node]
    const kept = splitSelectorList(node.prelude).filter((selector) =>
      selectorIsUsed(selector, isUsed),
    )
    return kept.length > 0 ? [{ ...node, prelude: kept.join(',') }] : []
  })
}

/** Drops @keyframes that no remaining rule names. */
function withoutUnusedKeyframes(nodes: CssNode[]): CssNode[] {
  const isKeyframes = (node: CssNode) => keyframesRule.test(node.prelude)
  const rest = serializeCss(nodes.filter((node) => !isKeyframes(node)).map((node) => ({ ...node })))
  return nodes.filter((node) => {
    const name = keyframesRule.exec(node.prelude)?.[1]
    if (!name) return true
    return new RegExp(`(?:^|[^\\w-])${name.replace(/[^\w-]/g, '\\$&')}(?![\\w-])`).test(rest)
  })
}

/**
 * The stylesheet with every rule whose selectors all need a class `isUsed` rejects removed,
 * selectors that need one dropped from the rules that stay, emptied `@media`/`@supports`
 * blocks and unnamed `@keyframes` removed. `@font-face` and other at-rules are kept as they are.
 */
export function trimUnusedCss(css: string, isUsed: (name: string) => boolean): string {
  return serializeCss(withoutUnusedKeyframes(trimNodes(parseCss(css), isUsed)))
}
