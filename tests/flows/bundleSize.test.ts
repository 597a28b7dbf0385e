import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { expect, test } from 'vitest'

const limit = 6 * 1024

test('bundles the engine for browsers under 6 KB gzipped, with nothing but its own files', async () => {
  const result = await build({
    entryPoints: [new URL('../../flows/index.ts', import.meta.url).pathname],
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
  })
  const inputs = Object.keys(result.metafile.inputs)
  expect(inputs.filter((input) => !input.startsWith('flows/'))).toEqual([])
  const gzipped = gzipSync(result.outputFiles[0]!.contents).length
  console.info(`flows/index.ts: ${gzipped} bytes gzipped (limit ${limit})`)
  expect(gzipped).toBeLessThanOrEqual(limit)
})
