/**
 * The content the e2e site is built from: the bundled sample content with one English
 * translation removed (the lesson `naar-du-faar-et-job` keeps only its Danish body), so the
 * English pages show Danish fallback text and the tests can check its `lang="da"`.
 * Run before the build: `node tests/e2e/prepareContent.ts` prints the folder.
 */
import { cpSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const target = `${root}node_modules/.cache/jobunivers-e2e/content`
rmSync(target, { recursive: true, force: true })
cpSync(`${root}content`, target, { recursive: true })
rmSync(`${target}/lessons/naar-du-faar-et-job.en.md`)
console.log(target)
