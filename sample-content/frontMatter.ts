import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Node as YamlNode } from 'yaml'
import { messages } from './messages.ts'

/** A path into a document: object keys and array indexes. */
export type FieldPath = readonly PropertyKey[]

/** Parsed front matter and a way back from a field to its line in the file. */
export type FrontMatter = {
  data: unknown
  /** The file line of the deepest part of `path` the YAML has (the first line when none). */
  lineOf: (path: FieldPath) => number
}

/** Front matter that could not be parsed: where and why. */
export type YamlIssue = { line: number; message: string }

/**
 * Parses the YAML of a front matter block. `firstLine` is the file line the YAML starts on
 * (the line after the opening `---`), so every line reported is a line of the file.
 */
export function parseFrontMatter(yaml: string, firstLine: number): FrontMatter | YamlIssue[] {
  const lineCounter = new LineCounter()
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: true })
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1
  const problems = [...doc.errors, ...doc.warnings]
  if (problems.length > 0) {
    return problems.map((error) => ({
      line: toFileLine(error.pos[0]),
      message: messages.yamlSyntax(firstSentence(error.message)),
    }))
  }
  const lineOf = (path: FieldPath) => {
    let node: unknown = doc.contents
    let line = firstLine - 1
    for (const segment of path) {
      const found = child(node, segment)
      if (!found) break
      line = toFileLine(found.at)
      node = found.node
    }
    return line
  }
  return { data: doc.toJS(), lineOf }
}

function child(node: unknown, segment: PropertyKey): { node: unknown; at: number } | undefined {
  if (isMap(node)) {
    const pair = node.items.find(
      (item) => isScalar(item.key) && String(item.key.value) === String(segment),
    )
    const key = pair?.key as YamlNode | undefined
    return pair && key?.range ? { node: pair.value, at: key.range[0] } : undefined
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment] as YamlNode | undefined
    return item?.range ? { node: item, at: item.range[0] } : undefined
  }
  return undefined
}

function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '')
}
