import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { localFlow, type LocalFlow } from '../content-models/index.ts'
import { SampleContentError, type Problem } from './problems.ts'
import { readDocument } from './readDocument.ts'

/** The sample folder of municipalities' versions of national flows. */
const folder = 'local-flows'

/**
 * The sample municipalities' versions of national flows: `local-flows/<code>-<flow>.md` under
 * `dir`, front matter only (content-models' localFlow schema); none when the folder is left out.
 * Read by the CMS's import and by the site's build alike; each with its file (`local-flows/…`).
 * @throws {SampleContentError} listing every problem found, each with file, line and field.
 */
export function readSampleLocalFlows(dir: string): { file: string; data: LocalFlow }[] {
  if (!existsSync(join(dir, folder))) return []
  const problems: Problem[] = []
  const flows: { file: string; data: LocalFlow }[] = []
  const names = readdirSync(join(dir, folder)).filter((n) => n.endsWith('.md') && n !== 'README.md')
  for (const name of names.sort()) {
    const file = `${folder}/${name}`
    const read = readDocument({ root: dir, file }, { schema: localFlow, slugFromFileName: false })
    problems.push(...read.problems)
    const data = read.data as LocalFlow | undefined
    if (!data) continue
    flows.push({ file, data })
  }
  if (problems.length > 0) throw new SampleContentError(dir, problems)
  return flows
}
