// Runs the Nu Html Checker (the W3C validator's engine, npm `vnu-jar`) over HTML files in one
// JVM and returns its errors with file and line.
import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

/** One error the checker reports: the file (relative to the site), where, and what. */
export type NuError = {
  file: string
  line: number
  column: number
  message: string
  extract: string
}

type NuMessage = {
  type: string
  subType?: string
  url?: string
  lastLine?: number
  firstColumn?: number
  lastColumn?: number
  message: string
  extract?: string
}

/** The path of `vnu.jar` as the `vnu-jar` package exports it. */
const vnuJar: string = String(createRequire(import.meta.url)('vnu-jar'))

/**
 * Checks every file in one `java -jar vnu.jar --format json --errors-only` call (the JVM's
 * start-up is most of the cost). Throws when Java or the checker cannot run at all.
 */
export async function nuErrors(files: string[], siteDir: string): Promise<NuError[]> {
  if (files.length === 0) return []
  let stderr: string
  try {
    ;({ stderr } = await promisify(execFile)(
      'java',
      ['-jar', vnuJar, '--format', 'json', '--errors-only', ...files],
      { maxBuffer: 64 * 2 ** 20 },
    ))
  } catch (error) {
    const failed = error as NodeJS.ErrnoException & { stderr?: string; code?: unknown }
    if (failed.code === 'ENOENT')
      throw new Error('java not found: install a JRE (apt-get install -y default-jre-headless)', {
        cause: error,
      })
    // Exit 1 means "errors found"; the report is on stderr all the same.
    stderr = failed.stderr ?? ''
  }
  let report: { messages?: NuMessage[] }
  try {
    report = JSON.parse(stderr) as { messages?: NuMessage[] }
  } catch {
    throw new Error(`the Nu Html Checker did not answer JSON: ${stderr.slice(0, 500)}`)
  }
  return (report.messages ?? [])
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => ({
      file: message.url ? relative(siteDir, fileURLToPath(message.url)) : '(no file)',
      line: message.lastLine ?? 0,
      column: message.firstColumn ?? message.lastColumn ?? 0,
      message: message.message,
      extract: (message.extract ?? '').replace(/\s+/g, ' '),
    }))
}

/** One line per error, for a failing test's message. */
export const formatNuError = (error: NuError) =>
  `${error.file}:${error.line}:${error.column} ${error.message} | ${error.extract}`
