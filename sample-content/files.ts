import { existsSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import type { FieldPath } from './frontMatter.ts'
import { messages } from './messages.ts'
import type { FieldIssue } from './validate.ts'

const mimeTypeOfExtension: Record<string, string> = { '.mp4': 'video/mp4', '.webm': 'video/webm' }

/**
 * Rewrites the file paths in front matter (written relative to the Markdown file) to paths
 * relative to the content root, and checks each file exists. Web addresses stay as they are.
 * `file` is the Markdown file's path relative to `root`. Mutates `data`.
 */
export function resolveFilePaths(
  data: Record<string, unknown>,
  fields: readonly FieldPath[],
  root: string,
  file: string,
): FieldIssue[] {
  const issues: FieldIssue[] = []
  for (const field of fields) {
    const holder = get(data, field.slice(0, -1))
    const key = field.at(-1)
    if (!isRecord(holder) || key === undefined || typeof holder[key as string] !== 'string')
      continue
    const written = holder[key as string] as string
    if (/^https?:\/\//.test(written)) continue
    const resolved = posix.normalize(posix.join(posix.dirname(file), written))
    const path = [...field]
    if (resolved.startsWith('../') || posix.isAbsolute(written)) {
      issues.push({ path, message: messages.fileOutside(written) })
    } else if (!existsSync(join(root, resolved))) {
      issues.push({ path, message: messages.fileMissing(resolved) })
    } else {
      holder[key as string] = resolved
      issues.push(...checkContent(data, field, root, resolved))
    }
  }
  return issues
}

// A video's file must match its mimeType, and captions must at least look like WebVTT.
function checkContent(
  data: Record<string, unknown>,
  field: FieldPath,
  root: string,
  path: string,
): FieldIssue[] {
  const extension = posix.extname(path).toLowerCase()
  if (field.length === 1 && field[0] === 'src' && typeof data.mimeType === 'string') {
    const expected = mimeTypeOfExtension[extension]
    if (expected && expected !== data.mimeType) {
      return [{ path: [...field], message: messages.mimeMismatch(path, data.mimeType) }]
    }
  }
  if (field[0] === 'captions') {
    const head = readFileSync(join(root, path), 'utf8')
      .replace(/^\uFEFF/, '')
      .slice(0, 6)
    if (head !== 'WEBVTT') return [{ path: [...field], message: messages.notWebVtt(path) }]
  }
  return []
}

function get(value: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>(
    (node, key) => (isRecord(node) ? node[key as string] : undefined),
    value,
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
