import type {
  AlternativeFunnelRow,
  ProgressRow,
  QuestionSourceRow,
  QuestionWeekRow,
  FlowTotalsRow,
  GroupRow,
  StepRow,
  VariantOutcomeRow,
  StoredEvent,
  TrackingEvent,
} from './types.ts'

/** An event as both stores keep it: times in epoch milliseconds, the answer as JSON text. */
export type EventRow = {
  id: string
  subject: string
  type: string
  flow: string | null
  step: string | null
  content: string | null
  variant: string | null
  value: number | null
  answer: string | null
  locale: string | null
  municipality: string | null
  at: number
  received_at: number
}

/** Column order of the SQLite writer's insert and of Postgres's COPY. */
export const eventColumns = [
  'id',
  'subject',
  'type',
  'flow',
  'step',
  'content',
  'variant',
  'value',
  'answer',
  'locale',
  'municipality',
  'at',
  'received_at',
] as const

/**
 * Flattens batches into rows, keeping the first of several events with the same id, so a
 * transaction never inserts one id twice.
 */
export function toRows(batches: TrackingEvent[][], receivedAt: number[]): EventRow[] {
  const seen = new Set<string>()
  const rows: EventRow[] = []
  batches.forEach((events, i) => {
    for (const event of events) {
      if (seen.has(event.id)) continue
      seen.add(event.id)
      rows.push(toRow(event, receivedAt[i]!))
    }
  })
  return rows
}

/** Maps one event onto a row. */
export function toRow(event: TrackingEvent, receivedAt: number): EventRow {
  return {
    id: event.id,
    subject: event.subject,
    type: event.type,
    flow: event.flow ?? null,
    step: event.step ?? null,
    content: event.content ?? null,
    variant: event.variant ?? null,
    value: event.value ?? null,
    answer: event.answer ? JSON.stringify(event.answer) : null,
    locale: event.locale ?? null,
    municipality: event.municipality ?? null,
    at: Date.parse(event.at),
    received_at: receivedAt,
  }
}

/** Maps a stored row back onto an event, leaving out the fields that were not sent. */
export function fromRow(row: Record<string, unknown>): StoredEvent {
  const event: Record<string, unknown> = { id: row.id, subject: row.subject, type: row.type }
  for (const key of ['flow', 'step', 'content', 'variant', 'locale', 'municipality'] as const) {
    if (row[key] !== null && row[key] !== undefined) event[key] = row[key]
  }
  if (row.value !== null && row.value !== undefined) event.value = Number(row.value)
  if (typeof row.answer === 'string') event.answer = JSON.parse(row.answer)
  event.at = new Date(Number(row.at)).toISOString()
  event.receivedAt = new Date(Number(row.received_at)).toISOString()
  return event as StoredEvent
}

/** Maps a row of flowTotalsSql onto a FlowTotalsRow. */
export function toTotalsRow(row: Record<string, unknown>): FlowTotalsRow {
  return { flow: String(row.flow), started: Number(row.started), completed: Number(row.completed) }
}

/** Maps a row of flowStepsSql onto a StepRow. */
export function toStepRow(row: Record<string, unknown>): StepRow {
  return {
    step: String(row.step),
    viewed: Number(row.viewed),
    completed: Number(row.completed),
    droppedOff: Number(row.dropped_off),
  }
}

/** Maps a row of flowGroupsSql onto a GroupRow ('' is the group of events without variant). */
export function toGroupRow(row: Record<string, unknown>): GroupRow {
  return {
    // Both databases answer the TEXT column with a string.
    variant: typeof row.variant === 'string' && row.variant !== '' ? row.variant : null,
    started: Number(row.started),
    completed: Number(row.completed),
    medianMinutes: row.median_minutes === null ? null : Number(row.median_minutes),
    timed: Number(row.timed),
  }
}

/** Maps a row of experimentSql onto a VariantOutcomeRow. */
export function toVariantOutcomeRow(row: Record<string, unknown>): VariantOutcomeRow {
  return {
    variant: typeof row.variant === 'string' ? row.variant : '',
    started: Number(row.started),
    reached: Number(row.reached),
  }
}

/** Maps a row of flowProgressSql onto a ProgressRow. */
export function toProgressRow(row: Record<string, unknown>): ProgressRow {
  return {
    subject: String(row.subject),
    type: String(row.type),
    step: typeof row.step === 'string' ? row.step : null,
    answer: typeof row.answer === 'string' ? row.answer : null,
    at: Number(row.at),
  }
}

/** Maps the one row of alternativeFunnelSql onto an AlternativeFunnelRow. */
export function toAlternativeFunnelRow(
  row: Record<string, unknown> | undefined,
): AlternativeFunnelRow {
  return {
    offered: Number(row?.offered ?? 0),
    taken: Number(row?.taken ?? 0),
    completed: Number(row?.completed ?? 0),
  }
}

/** Maps a row of questionWeeksSql onto a QuestionWeekRow. */
export function toQuestionWeekRow(row: Record<string, unknown>): QuestionWeekRow {
  return { monday: Number(row.monday), asked: Number(row.asked), answered: Number(row.answered) }
}

/** Maps a row of questionSourcesSql onto a QuestionSourceRow. */
export function toQuestionSourceRow(row: Record<string, unknown>): QuestionSourceRow {
  return { content: String(row.content), opened: Number(row.opened) }
}
