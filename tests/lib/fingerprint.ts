import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Every file under a folder with its SHA-256 (folders by name), sorted: equal lists, equal trees. */
export const fingerprint = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((file) => {
      const full = path.join(dir, file)
      return fs.statSync(full).isFile()
        ? `${file} ${crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex')}`
        : file
    })
