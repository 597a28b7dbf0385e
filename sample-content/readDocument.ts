import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RootContent } from 'mdast'
import type { BodySpec, DocumentSpec } from './collections.ts'
import { resolveFilePaths } from './files.ts'
import { parseFrontMatter } from './frontMatter.ts'
import type { FieldPath } from './frontMatter.ts'
import { toLessonBlocks } from './lessonBody.ts'
import { messages } from './messages.ts'
import { parseMarkdown } from './parseMarkdown.ts'
import type { Problem } from './problems.ts'
import { toLexical } from './toLexical.ts'
import { validateDocument } from './validate.ts'

/** Finds the file and line of a field of a document. */
export type Locate = (path: FieldPath) => { file: string; line: number }

/** One document read from its Markdown file(s): validated data (when no problems), problems. */
export type ReadDocument = { data: unknown; problems: Problem[]; locate: Locate }

/** Where a document lives: paths relative to the content root. */
export type DocumentFiles = { root: string; file: string; englishFile?: string; slug?: string }

type Body = { value: unknown; lines: number[]; firstLine: number; file: string }

/**
 * Reads one sample document: front matter from `file`, the Danish body below it, the
 * English body from `englishFile`; then validates it with its schema. The slug (for
 * collections) is the file name.
 */
export function readDocument(
  { root, file, englishFile, slug }: DocumentFiles,
  spec: DocumentSpec,
): ReadDocument {
  const problems: Problem[] = []
  const failed = (line: number, message: string): ReadDocument => ({
    data: undefined,
    problems: [{ file, line, field: '', message }],
    locate: () => ({ file, line: 1 }),
  })
  const source = readFileSync(join(root, file), 'utf8')
  const [yaml, ...bodyNodes] = parseMarkdown(source).children
  if (yaml?.type !== 'yaml') return failed(1, messages.noFrontMatter)
  const frontMatter = parseFrontMatter(yaml.value, (yaml.position?.start.line ?? 1) + 1)
  if (Array.isArray(frontMatter)) {
    const locate = () => ({ file, line: 1 })
    return {
      data: undefined,
      problems: frontMatter.map((i) => ({ file, ...i, field: '' })),
      locate,
    }
  }
  const fields = frontMatter.data ?? {}
  if (typeof fields !== 'object' || Array.isArray(fields))
    return failed(1, messages.frontMatterNotMap)

  const document: Record<string, unknown> = { ...fields }
  const bodies: Record<string, Body> = {}
  const locate: Locate = (path) => {
    const body = spec.body && path[0] === spec.body.field ? bodies[String(path[1])] : undefined
    if (!body) return { file, line: frontMatter.lineOf(path) }
    const index = typeof path[2] === 'number' ? path[2] : -1
    return { file: body.file, line: body.lines[index] ?? body.firstLine }
  }
  const report = (path: FieldPath, message: string) => {
    problems.push({ ...locate(path), field: path.join('.'), message })
  }
  for (const reserved of [spec.slugFromFileName ? 'slug' : undefined, spec.body?.field]) {
    if (reserved && reserved in document) report([reserved], messages.unknownField)
  }

  // An empty body is reported at the closing --- of the front matter.
  const bodyLine = yaml.position?.end.line ?? 1
  if (spec.body) {
    const { field } = spec.body
    bodies.da = readBody(bodyNodes, source, file, spec.body, 'da', bodyLine, problems)
    if (englishFile) bodies.en = readEnglish(root, englishFile, spec.body, problems)
    document[field] = { da: bodies.da.value, ...(bodies.en ? { en: bodies.en.value } : {}) }
    if (isEmpty(bodies.da.value)) report([field, 'da'], messages.emptyBody(field))
    if (bodies.en && isEmpty(bodies.en.value)) report([field, 'en'], messages.emptyEnglishBody)
  } else if (bodyNodes.length > 0) {
    problems.push({
      file,
      line: lineOf(bodyNodes[0], bodyLine),
      field: '',
      message: messages.unexpectedBody,
    })
  }
  if (slug !== undefined) document.slug = slug

  const fileIssues = resolveFilePaths(document, spec.files ?? [], root, file)
  const { data, issues } = validateDocument(spec.schema, document)
  // An empty body is reported once, in words; the schema's complaints about it add nothing.
  const emptyBodyField =
    spec.body && problems.some((p) => p.field.startsWith(spec.body?.field ?? ''))
  for (const issue of [...fileIssues, ...issues]) {
    if (emptyBodyField && issue.path[0] === spec.body?.field) continue
    const fromFileName = slug !== undefined && issue.path.length === 1 && issue.path[0] === 'slug'
    report(issue.path, fromFileName ? messages.badSlug(issue.message) : issue.message)
  }
  return { data: problems.length === 0 ? data : undefined, problems, locate }
}

function readEnglish(root: string, file: string, body: BodySpec, problems: Problem[]): Body {
  const source = readFileSync(join(root, file), 'utf8')
  const nodes = parseMarkdown(source).children
  if (nodes[0]?.type === 'yaml') {
    problems.push({ file, line: 1, field: '', message: messages.englishWithFrontMatter })
  }
  const bodyNodes = nodes.filter((node) => node.type !== 'yaml')
  return readBody(bodyNodes, source, file, body, 'en', 1, problems)
}

function readBody(
  nodes: RootContent[],
  source: string,
  file: string,
  body: BodySpec,
  locale: 'da' | 'en',
  firstLine: number,
  problems: Problem[],
): Body {
  const field = `${body.field}.${locale}`
  const start = lineOf(nodes[0], firstLine)
  const converted =
    body.kind === 'blocks'
      ? toLessonBlocks(nodes, source, file)
      : { ...toLexical(nodes, source, file), blocks: undefined }
  problems.push(...converted.issues.map(({ line, message }) => ({ file, line, field, message })))
  if (!converted.blocks) return { value: converted.richText, lines: [], firstLine: start, file }
  const { blocks } = converted
  return {
    value: blocks.map((b) => b.block),
    lines: blocks.map((b) => b.line),
    firstLine: start,
    file,
  }
}

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0
  const root = (value as { root?: { children?: unknown[] } } | undefined)?.root
  return !root?.children?.length
}

function lineOf(node: RootContent | undefined, fallback: number): number {
  return node?.position?.start.line ?? fallback
}
