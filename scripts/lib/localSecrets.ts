import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** A secret from the environment, or one generated once and kept in data/ (never committed). */
export function localSecret(dataDir: string, name: string, fromEnv: string | undefined): string {
  if (fromEnv) return fromEnv
  const file = path.join(dataDir, name)
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(dataDir, { recursive: true })
  const secret = crypto.randomBytes(24).toString('base64url')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
