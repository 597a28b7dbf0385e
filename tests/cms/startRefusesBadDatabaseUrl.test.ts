import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '..', '..')

test.each(['start.ts', 'migrate.ts', 'content-import.ts'])(
  'scripts/%s with an unknown DATABASE_URL scheme stops with a message naming the variable',
  (script) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-database-url-'))
    try {
      const result = spawnSync(
        path.join(root, 'node_modules', '.bin', 'node'),
        [path.join(root, 'scripts', script)],
        {
          cwd: root,
          encoding: 'utf8',
          timeout: 60_000,
          env: {
            ...process.env,
            DATABASE_URL: 'mysql://localhost/jobunivers',
            JOBUNIVERS_DATA_DIR: dataDir,
          },
        },
      )
      expect(result.status).toBe(1)
      expect(result.stderr).toContain('DATABASE_URL has the scheme "mysql:"')
      expect(result.stderr).not.toMatch(/^\s+at /m)
      // No database was made (a generated secret may be kept for the next start).
      expect(fs.readdirSync(dataDir).filter((file) => /\.db/.test(file))).toEqual([])
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  },
  60_000,
)
