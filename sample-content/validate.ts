import type { z } from 'zod'
import { messages } from './messages.ts'
import { findUnknownFields } from './unknownFields.ts'

/** What is wrong with one field of a document. */
export type FieldIssue = { path: PropertyKey[]; message: string }

type ZodIssue = z.core.$ZodIssue

/**
 * Validates a document against its content-models schema and also refuses fields the
 * schema does not know. Issues come back with their field paths and readable messages.
 */
export function validateDocument<T extends z.ZodType>(
  schema: T,
  value: unknown,
): { data: z.output<T>; issues: [] } | { data: undefined; issues: FieldIssue[] } {
  const unknown = findUnknownFields(schema, value).map(({ path }) => ({
    path,
    message: messages.unknownField,
  }))
  const result = schema.safeParse(value)
  const issues = [
    ...unknown,
    ...(result.success ? [] : result.error.issues.flatMap((i) => toFieldIssues(i, []))),
  ]
  if (result.success && issues.length === 0) return { data: result.data, issues: [] }
  return { data: undefined, issues }
}

function toFieldIssues(issue: ZodIssue, prefix: PropertyKey[]): FieldIssue[] {
  const path = [...prefix, ...issue.path]
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...path, key], message: messages.unknownField }))
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the branch the input came closest to, not every branch of the union.
    const branches = issue.errors.map((branch) => branch.flatMap((i) => toFieldIssues(i, path)))
    return branches.reduce((best, branch) => (branch.length < best.length ? branch : best))
  }
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) {
    return [{ path, message: messages.required }]
  }
  return [{ path, message: issue.message.replace(/^Invalid input: /, '') }]
}
