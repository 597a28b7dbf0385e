import type { TrackingEvent } from './types.ts'

// A Postgres array literal element: double-quoted, with backslash and quote escaped.
// https://www.postgresql.org/docs/current/arrays.html#ARRAYS-IO
const quote = (value: string) =>
  '"' +
  (value.includes('\\') || value.includes('"')
    ? value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')
    : value) +
  '"'
const text = (value: string | undefined) => (value === undefined ? 'NULL' : quote(value))
const literal = (values: string[]) => `{${values.join(',')}}`

/** Column order of {@link toColumns} and of the insert that unnests them. */
export const columnTypes = [
  ['id', 'uuid'],
  ['subject', 'text'],
  ['type', 'text'],
  ['flow', 'text'],
  ['step', 'text'],
  ['content', 'text'],
  ['variant', 'text'],
  ['value', 'float8'],
  ['answer', 'text'],
  ['locale', 'text'],
  ['at', 'int8'],
  ['received_at', 'int8'],
] as const

/**
 * Flattens batches into one array literal per column (see {@link columnTypes}), keeping the
 * first of several events with the same id, so one insert never holds an id twice. Array
 * literals are half the bytes of JSON rows and cheaper for Postgres to read; they are built
 * here rather than by node-postgres, which escapes every element with regular expressions.
 */
export function toColumns(batches: TrackingEvent[][], receivedAt: number[]): string[] {
  const seen = new Set<string>()
  const columns: string[][] = columnTypes.map(() => [])
  batches.forEach((events, i) => {
    const receivedText = String(receivedAt[i])
    for (const event of events) {
      if (seen.has(event.id)) continue
      seen.add(event.id)
      const row = [
        quote(event.id),
        quote(event.subject),
        quote(event.type),
        text(event.flow),
        text(event.step),
        text(event.content),
        text(event.variant),
        event.value === undefined ? 'NULL' : String(event.value),
        event.answer === undefined ? 'NULL' : quote(JSON.stringify(event.answer)),
        text(event.locale),
        String(Date.parse(event.at)),
        receivedText,
      ]
      for (let column = 0; column < row.length; column++) columns[column]!.push(row[column]!)
    }
  })
  return columns.map(literal)
}
