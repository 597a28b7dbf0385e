import { format } from '../../i18n/format.ts'
import type { Answer } from '../../answers/types.ts'

/** The page's texts for answers (`t.ask`), as the page hands them to the script. */
export type AskMessages = Record<
  | 'answersHeading'
  | 'from'
  | 'at'
  | 'read'
  | 'watch'
  | 'lesson'
  | 'faq'
  | 'video'
  | 'checklist'
  | 'course',
  string
>

/** Seconds as the video player shows them: `1:05`. */
function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  node.className = className
  node.append(...children)
  return node
}

/** The quote as text nodes with `<mark>` around the matched words; never parsed as HTML. */
function quoteNodes(answer: Answer): Node[] {
  const nodes: Node[] = answer.cut.before ? [document.createTextNode('… ')] : []
  for (const part of answer.quote)
    nodes.push(part.marked ? element('mark', '', part.text) : document.createTextNode(part.text))
  if (answer.cut.after) nodes.push(document.createTextNode(' …'))
  return nodes
}

/** One answer: where it comes from (a linked heading), the quote, and the link to its place. */
function answerItem(answer: Answer, messages: AskMessages): HTMLLIElement {
  const { passage } = answer
  const title = passage.heading ? `${passage.title}: ${passage.heading}` : passage.title
  const link = element('a', '', title)
  link.href = passage.href
  link.dataset.source = passage.source
  const when =
    passage.seconds === undefined ? '' : ` ${format(messages.at, { time: clock(passage.seconds) })}`
  const source = element('p', 'jf-answer-source', `${messages[passage.kind]}${when}`)
  const quote = element('blockquote', 'jf-answer-quote', element('p', '', ...quoteNodes(answer)))
  return element('li', 'jf-answer', element('h3', 'h4', link), source, quote)
}

/** The answers as an ordered list under a heading, best first. */
export function answerList(answers: Answer[], messages: AskMessages): Node[] {
  const heading = element('h2', '', messages.answersHeading)
  const list = element('ol', 'jf-answers')
  list.append(...answers.map((answer) => answerItem(answer, messages)))
  return [heading, list]
}
