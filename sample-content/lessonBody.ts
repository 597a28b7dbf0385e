import type { RootContent } from 'mdast'
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'
import { calloutTones } from '../content-models/index.ts'
import type { LessonBlock } from '../content-models/index.ts'
import { messages } from './messages.ts'
import { toLexical } from './toLexical.ts'
import type { MarkdownIssue } from './toLexical.ts'

/** A lesson block and the line of the file it starts on. */
export type PlacedBlock = { block: LessonBlock; line: number }

const referenceBlocks = { video: 'video', checklist: 'checklist', faq: 'faq' } as const
type ReferenceName = keyof typeof referenceBlocks

/**
 * Turns a lesson body into blocks: `::video{slug}`, `::checklist{slug}`, `::faq{slug}`,
 * `::contact` and `:::callout{tone}` … `:::` become blocks of their own; every run of
 * plain Markdown between them becomes one rich text block.
 */
export function toLessonBlocks(
  nodes: RootContent[],
  source: string,
  idSeed: string,
): { blocks: PlacedBlock[]; issues: MarkdownIssue[] } {
  const blocks: PlacedBlock[] = []
  const issues: MarkdownIssue[] = []
  let run: RootContent[] = []
  const flush = () => {
    const line = lineOf(run[0])
    const { richText, issues: found } = toLexical(run, source, `${idSeed}:${line}`)
    issues.push(...found)
    if (richText.root.children.length > 0)
      blocks.push({ block: { blockType: 'richText', content: richText }, line })
    run = []
  }
  for (const node of nodes) {
    if (node.type !== 'leafDirective' && node.type !== 'containerDirective') {
      run.push(node)
      continue
    }
    flush()
    const block = toBlock(node, source, idSeed, issues)
    if (block) blocks.push({ block, line: lineOf(node) })
  }
  flush()
  return { blocks, issues }
}

function toBlock(
  node: LeafDirective | ContainerDirective,
  source: string,
  idSeed: string,
  issues: MarkdownIssue[],
): LessonBlock | undefined {
  const line = lineOf(node)
  // Typed as the block result (no block) so `return fail(…)` reads as what toBlock returns.
  const fail = (message: string): LessonBlock | undefined => {
    issues.push({ line, message })
    return undefined
  }
  const { name } = node
  const attributes = node.attributes ?? {}
  const known = name === 'callout' ? ['tone'] : name in referenceBlocks ? ['slug'] : []
  if (name !== 'callout' && name !== 'contact' && !(name in referenceBlocks)) {
    return fail(messages.unknownDirective(name))
  }
  const wantsContainer = name === 'callout'
  if ((node.type === 'containerDirective') !== wantsContainer) {
    return fail(messages.directiveKind(name, wantsContainer ? ':::' : '::'))
  }
  const extra = Object.keys(attributes).find((attribute) => !known.includes(attribute))
  if (extra) return fail(messages.directiveAttribute(name, extra))
  const children = node.children as RootContent[]
  const [first] = children
  if (name !== 'callout' ? children.length > 0 : first?.data && 'directiveLabel' in first.data) {
    return fail(messages.directiveLabel(name))
  }
  if (name === 'contact') return { blockType: 'contact' }
  if (name === 'callout') {
    const tone = calloutTones.find((t) => t === attributes.tone)
    if (!tone) return fail(messages.calloutTone(calloutTones))
    const { richText, issues: found } = toLexical(children, source, `${idSeed}:${line}`)
    issues.push(...found)
    if (richText.root.children.length === 0) return fail(messages.emptyCallout)
    return { blockType: 'callout', tone, content: richText }
  }
  const slug = attributes.slug
  if (!slug) return fail(messages.directiveNeeds(name, 'slug'))
  return referenceBlock(name as ReferenceName, slug)
}

function referenceBlock(name: ReferenceName, slug: string): LessonBlock {
  if (name === 'video') return { blockType: 'video', video: slug }
  if (name === 'checklist') return { blockType: 'checklist', checklist: slug }
  return { blockType: 'faq', faq: slug }
}

function lineOf(node: RootContent | undefined): number {
  return node?.position?.start.line ?? 1
}
