// A small block-level reader for built (minified) CSS: rules and at-rules with their
// preludes and bodies, strings and comments respected. Only what trimming unused rules needs;
// declarations are kept as text and never parsed.

/** A `prelude { body }` rule or at-rule, or a `@statement;` (body undefined). */
export type CssNode = {
  prelude: string
  /** The text between the braces; undefined for a statement such as `@import …;`. */
  body?: string
  /** Nested nodes, for at-rules that hold rules (`@media`, `@supports`, `@layer`, `@container`). */
  children?: CssNode[]
}

/** At-rules whose block holds rules rather than declarations or keyframes. */
const groupingAtRules = /^@(?:media|supports|layer|container|document|scope)\b/i

/** Index just past a string or comment starting at `i`, or `i` when neither starts there. */
function skipStringOrComment(css: string, i: number): number {
  const char = css[i]
  if (char === '/' && css[i + 1] === '*') {
    const end = css.indexOf('*/', i + 2)
    return end === -1 ? css.length : end + 2
  }
  if (char === '"' || char === "'") {
    let j = i + 1
    while (j < css.length && css[j] !== char) j += css[j] === '\\' ? 2 : 1
    return j + 1
  }
  return i
}

/** Index of the `}` closing the block whose `{` is at `open`. */
function closingBrace(css: string, open: number): number {
  let depth = 0
  for (let i = open; i < css.length; i++) {
    const skipped = skipStringOrComment(css, i)
    if (skipped !== i) {
      i = skipped - 1
      continue
    }
    if (css[i] === '\\') i++
    else if (css[i] === '{') depth++
    else if (css[i] === '}' && --depth === 0) return i
  }
  throw new Error(`unclosed block at offset ${open}`)
}

/** Reads a stylesheet (or a grouping at-rule's body) into nodes; throws on an unclosed block. */
export function parseCss(css: string): CssNode[] {
  const nodes: CssNode[] = []
  let start = 0
  for (let i = 0; i < css.length; i++) {
    const skipped = skipStringOrComment(css, i)
    if (skipped !== i) {
      // Comments between rules are dropped; strings belong to the prelude.
      if (css[i] === '/' && css.slice(start, i).trim() === '') start = skipped
      i = skipped - 1
      continue
    }
    const char = css[i]
    if (char === '\\') i++
    else if (char === ';') {
      const prelude = css.slice(start, i).trim()
      if (prelude) nodes.push({ prelude })
      start = i + 1
    } else if (char === '{') {
      const end = closingBrace(css, i)
      const prelude = css.slice(start, i).trim()
      const body = css.slice(i + 1, end)
      nodes.push(
        groupingAtRules.test(prelude)
          ? { prelude, body, children: parseCss(body) }
          : { prelude, body },
      )
      start = end + 1
      i = end
    } else if (char === '}') throw new Error(`unexpected } at offset ${i}`)
  }
  return nodes
}

/** Writes nodes back as CSS; grouping at-rules are written from their children. */
export function serializeCss(nodes: CssNode[]): string {
  return nodes
    .map((node) => {
      if (node.body === undefined) return `${node.prelude};`
      const body = node.children ? serializeCss(node.children) : node.body
      return `${node.prelude}{${body}}`
    })
    .join('')
}

/** Splits a selector list on its top-level commas (not inside `()`, `[]` or strings). */
export function splitSelectorList(prelude: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < prelude.length; i++) {
    const skipped = skipStringOrComment(prelude, i)
    if (skipped !== i) {
      i = skipped - 1
      continue
    }
    const char = prelude[i]
    if (char === '\\') i++
    else if (char === '(' || char === '[') depth++
    else if (char === ')' || char === ']') depth--
    else if (char === ',' && depth === 0) {
      parts.push(prelude.slice(start, i).trim())
      start = i + 1
    }
  }
  parts.push(prelude.slice(start).trim())
  return parts.filter(Boolean)
}
