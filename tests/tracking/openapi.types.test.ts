// The TypeScript types generated from the OpenAPI document (content-models/generated/) are
// committed; the site's sender type-checks against them. Regenerating must give the same file.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))

test('npm run generate:tracking-types -- --check: the committed types match the document', () => {
  const run = spawnSync(
    `${root}node_modules/.bin/node`,
    ['tracking/openapi/generate.ts', '--check'],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    },
  )
  expect(run.error).toBeUndefined()
  expect(run.stderr).toBe('')
  expect(run.stdout).toBe('content-models/generated/trackingApi.ts is up to date\n')
  expect(run.status).toBe(0)
}, 60_000)
