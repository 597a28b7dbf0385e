import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
let copy = ''

/**
 * A temporary copy of the repository's lint set-up (config, rules, tsconfig, packages) with the
 * given files written into it, linted as `npm run lint` lints: ESLint with no warnings allowed.
 */
function lintInCopy(files: Record<string, string>): { code: number | null; output: string } {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true })
    fs.writeFileSync(path.join(copy, file), text)
  }
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'),
      '--max-warnings',
      '0',
      ...Object.keys(files),
    ],
    { cwd: copy, encoding: 'utf8', timeout: 120_000 },
  )
  if (result.error) throw result.error
  return { code: result.status, output: result.stdout + result.stderr }
}

beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'jobunivers-lint-'))
  for (const file of ['eslint.config.mjs', 'tsconfig.json', 'package.json'])
    fs.copyFileSync(path.join(root, file), path.join(copy, file))
  fs.cpSync(path.join(root, 'lint'), path.join(copy, 'lint'), { recursive: true })
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir')
  // The folders a rule speaks of, each with one documented export to import.
  for (const folder of ['tests/lib', 'cms', 'tracking', 'content-models'])
    fs.mkdirSync(path.join(copy, folder), { recursive: true })
  fs.writeFileSync(path.join(copy, 'tests/lib/helper.ts'), 'export const helper = 1\n')
  fs.writeFileSync(path.join(copy, 'cms/thing.ts'), '/** A CMS value. */\nexport const thing = 1\n')
  fs.writeFileSync(
    path.join(copy, 'tracking/thing.ts'),
    '/** A tracking value. */\nexport const thing = 1\n',
  )
  // content-models/ with its two entries and one module behind them.
  fs.writeFileSync(
    path.join(copy, 'content-models/lix.ts'),
    '/** A readability score. */\nexport const lix = 1\n',
  )
  fs.writeFileSync(path.join(copy, 'content-models/browser.ts'), "export * from './lix.ts'\n")
  fs.writeFileSync(path.join(copy, 'content-models/index.ts'), "export * from './lix.ts'\n")
}, 60_000)

afterAll(() => {
  if (copy) fs.rmSync(copy, { recursive: true, force: true })
})

describe('the import rules of the folder READMEs fail the lint when broken', () => {
  test('scripts/ importing tests/ fails, naming the rule and the README', () => {
    const result = lintInCopy({
      'scripts/usesTests.ts':
        "import { helper } from '../tests/lib/helper.ts'\n\nconsole.log(helper)\n",
    })
    expect(result.code).toBe(1)
    expect(result.output).toContain('jobunivers/layering')
    expect(result.output).toContain('Imports tests/')
    expect(result.output).toContain('scripts/README.md')
  }, 120_000)

  test('its clean twin, scripts/ importing cms/, passes: the import is what failed', () => {
    const result = lintInCopy({
      'scripts/usesCms.ts': "import { thing } from '../cms/thing.ts'\n\nconsole.log(thing)\n",
    })
    expect(result.output).toBe('')
    expect(result.code).toBe(0)
  }, 120_000)

  test('the site importing tracking/ fails: the site reaches the API over HTTP only', () => {
    const result = lintInCopy({
      'site/lib/usesTracking.ts':
        "import { thing } from '../../tracking/thing.ts'\n\n/** Uses it. */\nexport const used = thing\n",
    })
    expect(result.code).toBe(1)
    expect(result.output).toContain('Imports tracking/')
  }, 120_000)

  test('reaching past the entries of content-models/ fails, naming the entries', () => {
    const result = lintInCopy({
      'cms/usesLix.ts':
        "import { lix } from '../content-models/lix.ts'\n\n/** Uses it. */\nexport const used = lix\n",
    })
    expect(result.code).toBe(1)
    expect(result.output).toContain('content-models/index.ts, content-models/browser.ts')
  }, 120_000)

  test('browser code importing content-models/index.ts fails: zod stays out of the bundle', () => {
    const result = lintInCopy({
      'site/islands/usesIndex.ts':
        "import { lix } from '../../content-models/index.ts'\n\n/** Uses it. */\nexport const used = lix\n",
    })
    expect(result.code).toBe(1)
    expect(result.output).toContain('may import only content-models/browser.ts')
  }, 120_000)

  test('its clean twins, browser code on browser.ts and the CMS on index.ts, pass', () => {
    const result = lintInCopy({
      'site/islands/usesBrowser.ts':
        "import { lix } from '../../content-models/browser.ts'\n\n/** Uses it. */\nexport const used = lix\n",
      'cms/usesIndex.ts':
        "import { lix } from '../content-models/index.ts'\n\n/** Uses it. */\nexport const used = lix\n",
    })
    expect(result.output).toBe('')
    expect(result.code).toBe(0)
  }, 120_000)

  test('a dynamic import is checked too', () => {
    const result = lintInCopy({
      'flows/loadsCms.ts':
        "/** Loads it. */\nexport const load = () => import('../cms/thing.ts')\n",
    })
    expect(result.code).toBe(1)
    expect(result.output).toContain('Imports cms/')
  }, 120_000)
})
