// `npm run generate:tracking-types`: writes content-models/generated/trackingApi.ts from the
// tracking API's OpenAPI document. With --check it writes nothing and exits 1 when the file
// is out of date.
import { readFileSync, writeFileSync } from 'node:fs'
import { relative } from 'node:path'
import { projectRoot } from '../paths.ts'
import { trackingApiTypes, typesFile } from './types.ts'

const check = process.argv.includes('--check')
const name = relative(projectRoot, typesFile)
try {
  const fresh = await trackingApiTypes()
  let current: string | null = null
  try {
    current = readFileSync(typesFile, 'utf8')
  } catch {
    current = null
  }
  if (check) {
    if (current !== fresh) {
      console.error(`${name} is out of date: run npm run generate:tracking-types`)
      process.exit(1)
    }
    console.log(`${name} is up to date`)
  } else {
    writeFileSync(typesFile, fresh)
    console.log(current === fresh ? `${name} unchanged` : `${name} written`)
  }
} catch (error) {
  console.error(
    `generate:tracking-types: ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exit(1)
}
