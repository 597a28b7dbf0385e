// content-models/browser.ts is the only entry code that runs in the browser may import
// (content-models/README.md), so nothing it reaches may load zod. esbuild bundles it as a browser
// bundle would be built and lists every file it read; `import type` and `export type` are erased
// on the way, as in the site's build.
import path from 'node:path'
import { build } from 'esbuild'
import { describe, expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/** Every file a browser bundle of `entry` reads, relative to the repository root. */
async function filesReached(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
  })
  return Object.keys(result.metafile.inputs)
}

const isZod = (file: string) => /(^|\/)node_modules\/zod\//.test(file)

describe('the browser entry of content-models', () => {
  test('reaches no zod', async () => {
    const files = await filesReached('content-models/browser.ts')
    expect(files).toContain('content-models/events.ts')
    expect(files.filter(isZod)).toEqual([])
  })

  test('reaches only content-models/ files', async () => {
    const files = await filesReached('content-models/browser.ts')
    expect(files.filter((file) => !file.startsWith('content-models/'))).toEqual([])
  })

  test('the generated tracking API types load nothing', async () => {
    expect(await filesReached('content-models/generated/trackingApi.ts')).toEqual([
      'content-models/generated/trackingApi.ts',
    ])
  })

  // The check can fail: the full entry, zod schemas included, does reach zod.
  test('the full entry reaches zod', async () => {
    const files = await filesReached('content-models/index.ts')
    expect(files.some(isZod)).toBe(true)
  })
})
