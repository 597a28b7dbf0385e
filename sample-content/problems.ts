/** One thing wrong in the sample content, pointing at the place to fix it. */
export type Problem = {
  /** Path of the file, relative to the content root, with `/` separators. */
  file: string
  /** 1-based line of the field (front matter) or block (body) in that file. */
  line: number
  /** Dotted path of the field in the document (`steps.2.showWhen`), or '' for the whole file. */
  field: string
  message: string
}

/** Formats a problem as `file:line field: message` (or `file:line: message` without a field). */
function formatProblem({ file, line, field, message }: Problem): string {
  return field ? `${file}:${line} ${field}: ${message}` : `${file}:${line}: ${message}`
}

/** Orders problems by file, then line, then field, so reports read top to bottom. */
function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
  )
}

/** Thrown by `readSampleContent` with every problem found, not just the first. */
export class SampleContentError extends Error {
  readonly problems: Problem[]

  constructor(dir: string, problems: Problem[]) {
    const sorted = sortProblems(problems)
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`
    super([`Sample content in ${dir} has ${count}:`, ...sorted.map(formatProblem)].join('\n'))
    this.name = 'SampleContentError'
    this.problems = sorted
  }
}
