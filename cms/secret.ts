import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * A secret from the environment, or one generated on first use and kept in `dataDir/name`
 * (never committed, readable by the owner only), so a fresh clone starts without configuration
 * and the secret survives restarts.
 */
export function localSecret(dataDir: string, name: string, fromEnv: string | undefined): string {
  if (fromEnv) return fromEnv
  const file = path.join(dataDir, name)
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(dataDir, { recursive: true })
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

/** PAYLOAD_SECRET from the environment, or the one kept in data/payload-secret. */
export function payloadSecret(dataDir: string): string {
  return localSecret(dataDir, 'payload-secret', process.env.PAYLOAD_SECRET)
}
