import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { commandRunner } from '../../cms/plugins/siteRebuild/rebuildRunners.ts'
import { createRebuildScheduler } from '../../cms/plugins/siteRebuild/rebuildScheduler.ts'
import { createLesson } from './fixtures.ts'
import { startServedCms, writePastValidation, type ServedCms } from '../site/realCms.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'

/**
 * The local rebuild runs the real site build (scripts/site-build.ts) against the real CMS
 * (the harness's Payload with the sample content, served over HTTP), where one published
 * lesson holds a value the content schema refuses: the state the admin shows says the build
 * failed and names that document and field.
 */
const root = path.resolve(import.meta.dirname, '..', '..')
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebuild-failure-'))
let cms: ServedCms
let broken: { id: string | number; slug?: unknown }

beforeAll(async () => {
  cms = await startServedCms()
  broken = await createLesson(cms.payload, 'published')
  await writePastValidation(cms.payload, 'UPDATE lessons SET minutes = 0 WHERE id = ?', [broken.id])
})
afterAll(async () => {
  await mayBeUnset(cms)?.close()
  fs.rmSync(outDir, { recursive: true, force: true })
})

test('a build the content schema refuses is reported with the document and field at fault', async () => {
  const dist = path.join(outDir, 'dist')
  const states: string[] = []
  const scheduler = createRebuildScheduler({
    run: commandRunner(process.execPath, [path.join(root, 'scripts', 'site-build.ts')], {
      cwd: root,
      env: { CMS_URL: cms.url, SITE_DIST: dist, NODE_ENV: 'production' },
    }),
    debounceMs: 10,
    onChange: (state) => states.push(state.status),
  })
  scheduler.request('publish lessons/broken')
  await scheduler.settled()
  expect(states).toEqual(['pending', 'running', 'failed'])
  const state = scheduler.state()
  expect(state.status).toBe('failed')
  expect(state.error).toContain('1 published entry does not match the content-models schemas:')
  expect(state.error).toContain(
    `lessons id ${broken.id} (slug "${String(broken.slug)}"), field minutes`,
  )
  expect(state.error).not.toMatch(/Browser APIs|at loadFromCms/)
  expect(fs.existsSync(dist)).toBe(false)
}, 180_000)
