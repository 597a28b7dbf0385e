// The characters a WOFF2 font has glyphs for, read from its `cmap` table: WOFF2 keeps the
// tables in one Brotli stream (Node's zlib opens it), and `cmap` is never transformed.
import { brotliDecompressSync } from 'node:zlib'

/** WOFF2's known table tags, by the index a table directory entry may name them with. */
const knownTags = [
  'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca',
  'prep', 'CFF ', 'VORG', 'EBDT', 'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea',
  'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH', 'CBDT', 'CBLC', 'COLR', 'CPAL',
  'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar',
  'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat',
  'Gloc', 'Feat', 'Sill',
] // prettier-ignore

/** The font's `cmap` table, out of the WOFF2 file's table directory and Brotli stream. */
function cmapOf(woff2: Buffer): Buffer {
  if (woff2.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 file')
  const numTables = woff2.readUInt16BE(12)
  const compressedSize = woff2.readUInt32BE(20)
  let at = 48
  const base128 = () => {
    let value = 0
    for (let i = 0; i < 5; i++) {
      const byte = woff2[at++]!
      value = value * 128 + (byte & 0x7f)
      if ((byte & 0x80) === 0) return value
    }
    throw new Error('bad UIntBase128')
  }
  const tables: { tag: string; length: number }[] = []
  for (let i = 0; i < numTables; i++) {
    const flags = woff2[at++]!
    let tag = knownTags[flags & 0x3f]
    if ((flags & 0x3f) === 0x3f) {
      tag = woff2.toString('latin1', at, at + 4)
      at += 4
    }
    const origLength = base128()
    const version = flags >> 6
    // glyf and loca are transformed at version 0; every other table at any version but 0.
    const transformed = tag === 'glyf' || tag === 'loca' ? version === 0 : version !== 0
    tables.push({ tag: tag ?? '', length: transformed ? base128() : origLength })
  }
  const stream = brotliDecompressSync(woff2.subarray(at, at + compressedSize))
  let offset = 0
  for (const table of tables) {
    if (table.tag === 'cmap') return stream.subarray(offset, offset + table.length)
    offset += table.length
  }
  throw new Error('the font has no cmap table')
}

/** Code points of a format 4 subtable (Unicode BMP) that map to a glyph other than 0. */
function format4(cmap: Buffer, start: number, into: Set<number>): void {
  const segments = cmap.readUInt16BE(start + 6) / 2
  const ends = start + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  for (let s = 0; s < segments; s++) {
    const first = cmap.readUInt16BE(starts + s * 2)
    const last = cmap.readUInt16BE(ends + s * 2)
    const delta = cmap.readUInt16BE(deltas + s * 2)
    const rangeAt = rangeOffsets + s * 2
    const rangeOffset = cmap.readUInt16BE(rangeAt)
    for (let c = first; c <= last && c !== 0xffff; c++) {
      const glyph =
        rangeOffset === 0 ? c : cmap.readUInt16BE(rangeAt + rangeOffset + (c - first) * 2)
      if (rangeOffset !== 0 && glyph === 0) continue
      if ((glyph + delta) & 0xffff) into.add(c)
    }
  }
}

/** Code points of a format 12 subtable (all of Unicode). */
function format12(cmap: Buffer, start: number, into: Set<number>): void {
  const groups = cmap.readUInt32BE(start + 12)
  for (let g = 0; g < groups; g++) {
    const at = start + 16 + g * 12
    const first = cmap.readUInt32BE(at)
    const last = cmap.readUInt32BE(at + 4)
    const glyph = cmap.readUInt32BE(at + 8)
    for (let c = first; c <= last; c++) if (glyph + (c - first) !== 0) into.add(c)
  }
}

/** Every code point the WOFF2 font has a glyph for (its Unicode cmap subtables). */
export function woff2Characters(woff2: Buffer): Set<number> {
  const cmap = cmapOf(woff2)
  const found = new Set<number>()
  const count = cmap.readUInt16BE(2)
  for (let i = 0; i < count; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8)
    const encoding = cmap.readUInt16BE(6 + i * 8)
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))
    if (!unicode) continue
    const start = cmap.readUInt32BE(8 + i * 8)
    const format = cmap.readUInt16BE(start)
    if (format === 4) format4(cmap, start, found)
    else if (format === 12) format12(cmap, start, found)
  }
  return found
}
