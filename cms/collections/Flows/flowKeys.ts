import { slugify } from '../../../content-models/index.ts'
import { keyPattern } from '../../fields/key.ts'

/**
 * A key made from a title (æ→ae, ø→oe, å→aa, words joined by hyphens), at most 64 characters,
 * not one of `taken`: a number is added when needed ("trin", "trin-2", …). An empty or
 * unusable title gives `fallback` ("spoergsmaal", "svar", "trin").
 * @example keyFromTitle('Har du en a-kasse?', new Set(['har-du-en-a-kasse']), 'spoergsmaal') // 'har-du-en-a-kasse-2'
 */
export function keyFromTitle(title: unknown, taken: ReadonlySet<string>, fallback: string): string {
  const base = (typeof title === 'string' ? slugify(title) : '').slice(0, 58).replace(/-+$/, '')
  const stem = keyPattern.test(base) ? base : fallback
  if (!taken.has(stem)) return stem
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}

type Row = Record<string, unknown>

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * Gives every row without a key one made from its title, unique among the rows; rows that
 * have a key keep it, whatever their title says now. Returns new rows; the input is unchanged.
 */
function fillRowKeys(
  rows: readonly Row[],
  keyName: string,
  titleName: string,
  fallback: string,
): Row[] {
  const taken = new Set(rows.map((row) => row[keyName]).filter(filled))
  return rows.map((row) => {
    if (filled(row[keyName])) return row
    const key = keyFromTitle(row[titleName], taken, fallback)
    taken.add(key)
    return { ...row, [keyName]: key }
  })
}

const rowsOf = (value: unknown): Row[] | undefined =>
  Array.isArray(value) ? (value as Row[]) : undefined

/**
 * A flow's data with every missing question, option and step key made from its title
 * (questions from the prompt, options from their text, steps from their title).
 * Lists the data does not hold are left out, so partial updates stay partial.
 */
export function fillFlowKeys<T extends Row>(data: T): T {
  const next: Row = { ...data }
  const questions = rowsOf(data.questions)
  if (questions)
    next.questions = fillRowKeys(questions, 'key', 'prompt', 'spoergsmaal').map((question) => {
      const options = rowsOf(question.options)
      return options
        ? { ...question, options: fillRowKeys(options, 'value', 'label', 'svar') }
        : question
    })
  const steps = rowsOf(data.steps)
  if (steps) next.steps = fillRowKeys(steps, 'key', 'title', 'trin')
  return next as T
}
