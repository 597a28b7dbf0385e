import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { localSecret, payloadSecret } from '../../cms/secret.ts'

const dirs: string[] = []
const tempDataDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-secret-'))
  dirs.push(dir)
  return path.join(dir, 'data')
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

test('a secret from the environment wins and nothing is written', () => {
  const dataDir = tempDataDir()
  expect(localSecret(dataDir, 'tracking-read-token', 'from-env')).toBe('from-env')
  expect(fs.existsSync(dataDir)).toBe(false)
})

test('without one, a secret is generated once, kept for the owner only and reused', () => {
  const dataDir = tempDataDir()
  const first = localSecret(dataDir, 'tracking-read-token', undefined)
  expect(first).toMatch(/^[0-9a-f]{64}$/)
  const file = path.join(dataDir, 'tracking-read-token')
  expect(fs.statSync(file).mode & 0o777).toBe(0o600)
  expect(localSecret(dataDir, 'tracking-read-token', '')).toBe(first)
  expect(localSecret(dataDir, 'other-secret', undefined)).not.toBe(first)
})

test('the Payload secret is kept in data/payload-secret unless PAYLOAD_SECRET is set', () => {
  const dataDir = tempDataDir()
  const saved = process.env.PAYLOAD_SECRET
  try {
    delete process.env.PAYLOAD_SECRET
    const generated = payloadSecret(dataDir)
    expect(fs.readFileSync(path.join(dataDir, 'payload-secret'), 'utf8')).toBe(generated)
    process.env.PAYLOAD_SECRET = 'set-by-operator'
    expect(payloadSecret(dataDir)).toBe('set-by-operator')
  } finally {
    if (saved === undefined) delete process.env.PAYLOAD_SECRET
    else process.env.PAYLOAD_SECRET = saved
  }
})
