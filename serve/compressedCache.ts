import fs from 'node:fs/promises'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

const gzip = promisify(zlib.gzip)

type Entry = { mtimeMs: number; size: number; bytes: Buffer }

/**
 * Gzipped copies of files, kept in memory per file and modification time, so each file is
 * compressed once (at the highest level, since the work is not repeated) and served from
 * memory afterwards. A rebuild changes the mtime and so the entry. Oldest entries go first
 * when the cache holds more than `maxBytes`.
 */
export class CompressedCache {
  readonly #entries = new Map<string, Entry>()
  readonly #maxBytes: number
  #bytes = 0

  constructor(maxBytes = 64 * 1024 * 1024) {
    this.#maxBytes = maxBytes
  }

  /** The gzipped bytes of `file` as it is on disk now (`stat` is its current stat). */
  async gzipped(file: string, stat: { mtimeMs: number; size: number }): Promise<Buffer> {
    const cached = this.#entries.get(file)
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.bytes
    const bytes = await gzip(await fs.readFile(file), { level: zlib.constants.Z_BEST_COMPRESSION })
    this.#remember(file, { mtimeMs: stat.mtimeMs, size: stat.size, bytes })
    return bytes
  }

  #remember(file: string, entry: Entry): void {
    const old = this.#entries.get(file)
    if (old) this.#bytes -= old.bytes.length
    this.#entries.delete(file)
    this.#entries.set(file, entry)
    this.#bytes += entry.bytes.length
    for (const [key, value] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break
      this.#entries.delete(key)
      this.#bytes -= value.bytes.length
    }
  }
}

/** True when an Accept-Encoding header lets the answer be gzipped (`gzip` or `*`, q > 0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  let gzipQ: number | undefined
  let anyQ: number | undefined
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
    const weight = q === undefined ? 1 : Number(q)
    if (name.trim() === 'gzip') gzipQ = weight
    if (name.trim() === '*') anyQ = weight
  }
  return (gzipQ ?? anyQ ?? 0) > 0
}
