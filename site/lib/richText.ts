import type {
  SerializedAutoLinkNode,
  SerializedHeadingNode,
  SerializedLinkNode,
  SerializedListNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical'
import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverter,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'
import type { SerializedLexicalNode } from 'lexical'
import { sanitizeUrl } from 'payload/shared'
import { contentPath, type Locale, type RichText } from '../../content-models/index.ts'
import { headingAnchor } from '../answers/headingAnchor.ts'
import { messagesFor } from '../i18n/index.ts'
import { linkTarget, pageKey } from './internalLinks.ts'

/** How a piece of rich text is rendered on a page. */
export type RichTextOptions = {
  /** The page's locale: internal links go to the page in this language. */
  locale: Locale
  /** Moves headings down when the text sits under a heading of its own. */
  shiftHeadings?: number
  /** Gives each heading an id from its text (`headingAnchor`), for links to a lesson's section. */
  headingIds?: boolean
  /** `collection/slug` of every document with a page in this build (see `pageKey`). */
  published: ReadonlySet<string>
  /**
   * On a municipality's own page: its own pages (`collection/slug` → the address in this
   * locale), which national pages never link to.
   */
  localPages?: ReadonlyMap<string, string>
  /** Told about an internal link whose target has no page (it is rendered as plain text). */
  onDeadLink?: (message: string) => void
}

// Lexical's text format bits (lexical/LexicalConstants: IS_BOLD … IS_SUPERSCRIPT).
const textFormats: [bit: number, tag: string][] = [
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
  [8, 'u'],
  [4, 's'],
  [2, 'em'],
  [1, 'strong'],
]

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )

/** Text with every format the editor offers as its HTML element (no style attributes). */
const text: HTMLConverter<SerializedTextNode> = ({ node }) =>
  textFormats.reduce(
    (html, [bit, tag]) => (node.format & bit ? `<${tag}>${html}</${tag}>` : html),
    escapeHtml(node.text),
  )

/**
 * A list and its items. Lexical keeps a nested list in an item of its own right after the
 * item it belongs to; in HTML it goes inside that item, so the nested list is a list of the
 * item (and the browser gives it the nested bullet) instead of an item without a marker.
 */
const list: HTMLConverter<SerializedListNode> = ({ node, nodesToHTML }) => {
  const tag = node.tag === 'ol' ? 'ol' : 'ul'
  const start = tag === 'ol' && node.start > 1 ? ` start="${Math.floor(node.start)}"` : ''
  const items: string[] = []
  for (const item of node.children) {
    const children = (item as { children?: SerializedLexicalNode[] }).children ?? []
    const html = nodesToHTML({ nodes: children }).join('')
    const onlyLists = children.length > 0 && children.every((child) => child.type === 'list')
    const previous = items.at(-1)
    if (onlyLists && previous !== undefined) items[items.length - 1] = previous + html
    else items.push(html)
  }
  return `<${tag}${start}>${items.map((html) => `<li>${html}</li>`).join('')}</${tag}>`
}

function headingConverter(shift: number, ids: boolean): HTMLConverter<SerializedHeadingNode> {
  return ({ node, nodesToHTML }) => {
    const level = Math.min(6, Math.max(1, Number(/^h([1-6])$/.exec(node.tag)?.[1] ?? 2) + shift))
    const id = ids ? ` id="${escapeHtml(headingAnchor(plainText(node)))}"` : ''
    return `<h${level}${id}>${nodesToHTML({ nodes: node.children }).join('')}</h${level}>`
  }
}

function linkConverter(
  options: RichTextOptions,
): HTMLConverter<SerializedLinkNode | SerializedAutoLinkNode> {
  const t = messagesFor(options.locale).site
  return ({ node, nodesToHTML }) => {
    const children = nodesToHTML({ nodes: node.children }).join('')
    const fields = node.fields
    let href = fields.url ?? ''
    if (fields.linkType === 'internal') {
      const target = linkTarget(fields.doc)
      const key = target && 'slug' in target ? pageKey(target.collection, target.slug) : ''
      const localHref = options.localPages?.get(key)
      if (!target || !('slug' in target) || (!localHref && !options.published.has(key))) {
        const what = target
          ? `${target.collection} ${'slug' in target ? `"${target.slug}"` : `id ${target.id}`}`
          : 'nothing'
        options.onDeadLink?.(
          `the link "${plainText(node)}" points at ${what}, which has no page on the site: shown as plain text`,
        )
        return children
      }
      href = localHref ?? contentPath(target, options.locale)
    }
    // Read as the CMS's JSON, not as its type: only a real `true` opens a new tab.
    const newTab = (fields.newTab as unknown) === true
    const attributes = newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
    const note = newTab ? `<span class="sr-only"> ${escapeHtml(t.opensInNewWindow)}</span>` : ''
    return `<a href="${escapeHtml(sanitizeUrl(href))}"${attributes}>${children}${note}</a>`
  }
}

function plainText(node: SerializedLexicalNode): string {
  const { text, children } = node as { text?: string; children?: SerializedLexicalNode[] }
  return text ?? (children ?? []).map(plainText).join('')
}

/** Thrown for a node the site has no converter for: the editor should never have offered it. */
export class UnrenderableRichText extends Error {}

/**
 * Renders Lexical JSON (as Payload stores it) to semantic HTML at build time with Payload's
 * converter and converters of our own where its output needs inline styles (underline,
 * strikethrough, nested lists, indents, alignment), which the site's CSP refuses, or cannot
 * know the site (internal links). A node type the site cannot render throws, naming it.
 */
export function richTextToHtml(content: RichText, options: RichTextOptions): string {
  const unknown = new Set<string>()
  const converters: HTMLConverters = {
    paragraph: defaultHTMLConverters.paragraph,
    linebreak: defaultHTMLConverters.linebreak,
    tab: defaultHTMLConverters.tab,
    quote: defaultHTMLConverters.quote,
    horizontalrule: '<hr>',
    text,
    list,
    heading: headingConverter(options.shiftHeadings ?? 0, options.headingIds ?? false),
    link: linkConverter(options),
    autolink: linkConverter(options),
    unknown: ({ node }) => {
      unknown.add(node.type)
      return ''
    },
  }
  const html = convertLexicalToHTML({
    converters,
    data: content as Parameters<typeof convertLexicalToHTML>[0]['data'],
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
  if (unknown.size > 0)
    throw new UnrenderableRichText(
      `rich text holds ${[...unknown].map((type) => `a "${type}" node`).join(', ')}, which the site cannot render`,
    )
  return html
}
