import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { expect, test } from 'vitest'

const root = new URL('../../', import.meta.url).pathname

/** Bundles `contents` (an entry module written at the project root) for browsers; gzipped bytes and inputs. */
async function bundle(
  contents: string,
): Promise<{ gzipped: number; inputs: string[]; code: string }> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
  })
  const inputs = Object.keys(result.metafile.inputs).filter((input) => input !== 'entry.ts')
  const output = result.outputFiles[0]!
  return { gzipped: gzipSync(output.contents).length, inputs, code: output.text }
}

// What the citizen's browser loads: planning and screening (site/islands, site/state) and the
// reasons of issue 22. Validation and the path map are for editors and stay out of it.
const citizenSurface = `export { planFlow, nextQuestion, openQuestions, pickVariant, variantBucket, describeCondition, explainStep } from './flows/index.ts'`

test('bundles what the citizen’s browser loads from the engine under 6 KB gzipped, with nothing but its own files', async () => {
  const limit = 6 * 1024
  const { gzipped, inputs, code } = await bundle(citizenSurface)
  expect(inputs.filter((input) => !input.startsWith('flows/'))).toEqual([])
  // Validation's messages and the path map's words stay out of it.
  expect(code).not.toContain('Mulige svar:')
  expect(code).not.toContain('svarkombinationer')
  console.info(`citizen surface of flows/: ${gzipped} bytes gzipped (limit ${limit})`)
  expect(gzipped).toBeLessThanOrEqual(limit)
})

test.each([
  ['the whole engine', `export * from './flows/index.ts'`, 10 * 1024],
  ['the path map', `export * from './flows/pathMap/index.ts'`, 12 * 1024],
])(
  'bundles %s for browsers (the admin) with nothing but its own files',
  async (_, entry, limit) => {
    const { gzipped, inputs } = await bundle(entry)
    expect(inputs.filter((input) => !input.startsWith('flows/'))).toEqual([])
    console.info(`${entry}: ${gzipped} bytes gzipped (ceiling ${limit})`)
    expect(gzipped).toBeLessThanOrEqual(limit)
  },
)
