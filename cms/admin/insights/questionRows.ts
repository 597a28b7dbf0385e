import type { QuestionsText } from './questionsMessages.ts'
import type { Count, QuestionStats } from './trackingStats.ts'

const collections = ['lessons', 'faqs', 'videos', 'checklists', 'courses'] as const

/** A share as a whole percent ("74 %"), or "–" when the API withholds it. */
export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)} %`
}

/**
 * An ISO week in words: "2026-W49" → "Uge 49, 2026" ("Week 49, 2026").
 * @example weekName('2026-W05', questionsMessages.da) // 'Uge 5, 2026'
 */
export function weekName(week: string, t: QuestionsText): string {
  const [year = '', number = ''] = week.split('-W')
  return t.weekOf.replace('{week}', String(Number(number))).replace('{year}', year)
}

/** A source in words: its kind and slug ("FAQ: ferie-som-ledig"); an unknown kind as it came. */
export function sourceName(row: { type: string; slug: string }, t: QuestionsText): string {
  const kind = collections.find((collection) => collection === row.type)
  return `${kind ? t[kind] : row.type}: ${row.slug}`
}

/** One week as its table row shows it. */
export type WeekRow = { key: string; week: string; asked: Count; answered: Count; share: string }

/** The weeks of question statistics as table rows, oldest first as the API sends them. */
export function weekRows(stats: QuestionStats, t: QuestionsText): WeekRow[] {
  return stats.weeks.map((row) => ({
    key: row.week,
    week: weekName(row.week, t),
    asked: row.asked,
    answered: row.answered,
    share: percent(row.answeredShare),
  }))
}
