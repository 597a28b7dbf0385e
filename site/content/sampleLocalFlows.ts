import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { localFlow, type LocalFlow } from '../../content-models/index.ts'
import type { Identified } from './checkLocal.ts'
import { messages } from './messages.ts'
import { parseDocuments, type ContentProblem, type RawDocument } from './validate.ts'

/** The sample folder of municipalities' versions of national flows. */
const localFlowsFolder = 'local-flows'

/** The front matter of a Markdown file (between the first two `---` lines), parsed as YAML. */
function frontMatter(file: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(readFileSync(file, 'utf8'))
  return match ? parse(match[1]!) : undefined
}

/**
 * The sample municipalities' versions of national flows: `local-flows/<code>-<flow>.md` under
 * `dir`, front matter only (the localFlow schema). None when the folder is left out. Each file
 * is parsed with the schema; a problem names the file.
 */
export function readSampleLocalFlows(dir: string): { parsed: Identified<LocalFlow>[]; problems: ContentProblem[] } {
  const folder = join(dir, localFlowsFolder)
  if (!existsSync(folder)) return { parsed: [], problems: [] }
  const problems: ContentProblem[] = []
  const documents: RawDocument[] = []
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.md') && n !== 'README.md').sort()) {
    const id = `${localFlowsFolder}/${name}`
    try {
      documents.push({ id, data: frontMatter(join(folder, name)) })
    } catch (error) {
      problems.push({ collection: localFlowsFolder, id, field: '', message: messages.yaml(error) })
    }
  }
  const result = parseDocuments(localFlowsFolder, localFlow, documents)
  const parsed = result.parsed.map((data, i) => ({ id: result.ids[i]!, data }))
  return { parsed, problems: [...problems, ...result.problems] }
}
