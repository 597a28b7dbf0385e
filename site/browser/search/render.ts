import type { SearchHit } from './types.ts'

/**
 * A snippet as DOM: plain text with <mark> around matched words. The snippet is parsed as
 * text between markers, never as HTML, so nothing in an indexed page can inject markup.
 * Pagefind's excerpts escape the page text as HTML entities; those are decoded first.
 */
function snippetNodes(snippet: string, marks: { pre: string; post: string }): Node[] {
  const nodes: Node[] = []
  const decode = (text: string) =>
    marks.pre === '<mark>'
      ? new DOMParser().parseFromString(text, 'text/html').body.textContent
      : text
  for (const [index, part] of snippet.split(marks.pre).entries()) {
    const [marked, rest] = index === 0 ? [null, part] : splitOnce(part, marks.post)
    if (marked !== null) {
      const mark = document.createElement('mark')
      mark.textContent = decode(marked)
      nodes.push(mark)
    }
    if (rest) nodes.push(document.createTextNode(decode(rest)))
  }
  return nodes
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator)
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)]
}

/** The hits as a list: a linked title (a heading) and a snippet each. */
export function resultList(hits: SearchHit[], marks: { pre: string; post: string }): HTMLElement {
  const list = document.createElement('ol')
  list.className = 'jf-results'
  for (const hit of hits) {
    const item = document.createElement('li')
    item.className = 'jf-result'
    const heading = document.createElement('h3')
    heading.className = 'h4'
    const link = document.createElement('a')
    link.href = hit.url
    link.textContent = hit.title
    heading.append(link)
    const snippet = document.createElement('p')
    snippet.className = 'jf-result-snippet'
    snippet.append(...snippetNodes(hit.snippet, marks))
    item.append(heading, snippet)
    list.append(item)
  }
  return list
}
