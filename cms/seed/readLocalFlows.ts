import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { localFlow, type LocalFlow } from '../../content-models/index.ts'
import { SampleContentError, type Problem } from '../../sample-content/index.ts'
import { readDocument } from '../../sample-content/readDocument.ts'

/** The sample folder of municipalities' versions of national flows. */
const folder = 'local-flows'

/**
 * The sample municipalities' versions of national flows: `local-flows/<code>-<flow>.md` under
 * `dir`, front matter only (content-models' localFlow schema); none when the folder is left out.
 * @throws {SampleContentError} listing every problem found, each with file, line and field.
 */
export function readLocalFlows(dir: string): LocalFlow[] {
  if (!existsSync(join(dir, folder))) return []
  const problems: Problem[] = []
  const flows: LocalFlow[] = []
  const names = readdirSync(join(dir, folder)).filter((n) => n.endsWith('.md') && n !== 'README.md')
  for (const name of names.sort()) {
    const file = `${folder}/${name}`
    const read = readDocument({ root: dir, file }, { schema: localFlow, slugFromFileName: false })
    problems.push(...read.problems)
    const data = read.data as LocalFlow | undefined
    if (!data) continue
    const expected = `${data.municipality}-${data.flow}.md`
    if (name !== expected) {
      const message = `the file of this local flow must be called ${expected} (municipality code, then the flow's slug)`
      problems.push({ file, line: 1, field: '', message })
    }
    flows.push(data)
  }
  if (problems.length > 0) throw new SampleContentError(dir, problems)
  return flows
}
