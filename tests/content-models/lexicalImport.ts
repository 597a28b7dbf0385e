// Test helper: Markdown → Lexical JSON through Lexical's own Markdown import with the
// nodes Payload registers (its LinkNode, @lexical/rich-text headings, @lexical/list), the
// way Payload's convertMarkdownToLexical does it. The reference for toLexical's output.
import { LinkNode, $createLinkNode } from '@payloadcms/richtext-lexical'
import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import { ListItemNode, ListNode } from '@payloadcms/richtext-lexical/lexical/list'
import {
  $convertFromMarkdownString,
  HEADING,
  ORDERED_LIST,
  TEXT_FORMAT_TRANSFORMERS,
  UNORDERED_LIST,
} from '@payloadcms/richtext-lexical/lexical/markdown'
import type { TextMatchTransformer } from '@payloadcms/richtext-lexical/lexical/markdown'
import { HeadingNode } from '@payloadcms/richtext-lexical/lexical/rich-text'
import { $createTextNode } from '@payloadcms/richtext-lexical/lexical'

// Payload's link transformer (features/link/markdownTransformer.js), which it does not export.
const link: TextMatchTransformer = {
  type: 'text-match',
  dependencies: [LinkNode],
  importRegExp: /(?<!!)\[([^[]+)\]\(([^()\s]+)(?:\s"((?:[^"]*\\")*[^"]*)"\s*)?\)/,
  regExp: /(?<!!)\[([^[]+)\]\(([^()\s]+)(?:\s"((?:[^"]*\\")*[^"]*)"\s*)?\)$/,
  replace: (textNode, match) => {
    const linkNode = $createLinkNode({
      fields: { doc: null, linkType: 'custom', newTab: false, url: match[2] ?? '' },
    })
    const linkText = $createTextNode(match[1] ?? '')
    linkText.setFormat(textNode.getFormat())
    linkNode.append(linkText)
    textNode.replace(linkNode)
  },
  export: () => null,
}

/** Lexical's own Markdown import, serialised. */
export function lexicalImport(markdown: string): unknown {
  const editor = createHeadlessEditor({
    nodes: [HeadingNode, ListNode, ListItemNode, LinkNode],
    onError: (error) => {
      throw error
    },
  })
  editor.update(
    () =>
      $convertFromMarkdownString(markdown, [
        HEADING,
        UNORDERED_LIST,
        ORDERED_LIST,
        link,
        ...TEXT_FORMAT_TRANSFORMERS,
      ]),
    {
      discrete: true,
    },
  )
  return editor.getEditorState().toJSON()
}
