/** The byte range a Range header asks for: whole file, one range, or unsatisfiable. */
export type ByteRange =
  { kind: 'all' } | { kind: 'part'; start: number; end: number } | { kind: 'none' }

/**
 * Reads a `Range: bytes=…` header against a file of `size` bytes. One range (`a-b`, `a-`,
 * `-n`) is honoured; no header, another unit or several ranges mean the whole file (as RFC
 * 9110 allows); a range starting past the end is unsatisfiable (416).
 */
export function byteRange(header: string | undefined, size: number): ByteRange {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '')
  if (!match || (!match[1] && !match[2])) return { kind: 'all' }
  if (!match[1]) {
    const suffix = Number(match[2])
    if (suffix === 0 || size === 0) return { kind: 'none' }
    return { kind: 'part', start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(match[1])
  const end = match[2] ? Math.min(Number(match[2]), size - 1) : size - 1
  if (start >= size || end < start) return { kind: 'none' }
  return { kind: 'part', start, end }
}
