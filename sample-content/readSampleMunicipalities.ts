import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Municipality } from '../content-models/index.ts'
import { globalSpecs } from './collections.ts'
import { SampleContentError } from './problems.ts'
import { readDocument } from './readDocument.ts'

/**
 * The sample municipalities (`municipalities.md` under `dir`), validated; none when the file
 * is left out. Apart from `readSampleContent`, whose collections the site builds pages from.
 * @throws {SampleContentError} listing every problem found, each with file, line and field.
 */
export function readSampleMunicipalities(dir: string): Municipality[] {
  const { file, spec } = globalSpecs.municipalities
  if (!existsSync(join(dir, file))) return []
  const read = readDocument({ root: dir, file }, spec)
  if (read.problems.length > 0) throw new SampleContentError(dir, read.problems)
  return (read.data as { municipalities: Municipality[] }).municipalities
}
