import type { StoredEvent, TrackingEvent } from '../../content-models/index.ts'

// The event types are the contract's (content-models/events.ts); the store speaks them.
export type { StoredEvent, TrackingEvent }

/**
 * A half-open period `[from, to)` of server receive times, in epoch milliseconds, and the
 * municipality (official code) whose events alone count; without one, every event counts.
 */
export type Period = { from: number; to: number; municipality?: string }

/** Subjects who started and completed one flow. */
export type FlowTotalsRow = { flow: string; started: number; completed: number }

/** Subjects who viewed, completed and dropped off at one step of a flow. */
export type StepRow = { step: string; viewed: number; completed: number; droppedOff: number }

/**
 * Subjects of one group (a variant, or everyone) of a flow: started, completed, the median
 * minutes from start to completion, and how many subjects that median was taken over.
 */
export type GroupRow = {
  variant: string | null
  started: number
  completed: number
  medianMinutes: number | null
  timed: number
}

/**
 * Where events live. Both implementations (SQLite, Postgres) pass the same contract tests
 * (tests/tracking/storeContract.ts).
 */
export type Store = {
  /** Which implementation this is, for logs and reports. */
  readonly kind: 'sqlite' | 'postgres'
  /**
   * Stores a batch, all or nothing; ids already stored are skipped. Resolves only after the
   * transaction holding the batch has committed (it may be shared with concurrent batches).
   */
  insert(events: TrackingEvent[], receivedAt: number): Promise<void>
  /** Every stored event of one subject, oldest first. */
  eventsOf(subject: string): Promise<StoredEvent[]>
  /** Erases every event of one subject; resolves to how many were removed. */
  erase(subject: string): Promise<number>
  /** Deletes events received before `cutoff` (epoch ms); resolves to how many were removed. */
  deleteReceivedBefore(cutoff: number): Promise<number>
  /** One row per flow with events in the period. */
  flowTotals(period: Period): Promise<FlowTotalsRow[]>
  /** One row per step of a flow with step events in the period. */
  flowSteps(flow: string, period: Period): Promise<StepRow[]>
  /** One row per variant (or a single row for everyone) of a flow. */
  flowGroups(flow: string, period: Period, byVariant: boolean): Promise<GroupRow[]>
  /** Per variant of a flow: subjects who started it in the period, and who reached `outcome`. */
  experimentCounts(
    flow: string,
    period: Period,
    outcome: ExperimentOutcome,
  ): Promise<VariantOutcomeRow[]>
  /** One flow's progress events in the period, by subject and time (for answer groups). */
  flowProgress(flow: string, period: Period): Promise<ProgressRow[]>
  /** Offered the alternative flow `alternative` in `flow` → started it → completed it. */
  alternativeFunnel(
    flow: string,
    alternative: string,
    period: Period,
  ): Promise<AlternativeFunnelRow>
  /** Per week of receive time in the period: questions asked and answered. */
  questionWeeks(period: Period): Promise<QuestionWeekRow[]>
  /** Per source opened from an answer in the period: how many times. */
  questionSources(period: Period): Promise<QuestionSourceRow[]>
  /** How many events are stored (tests, benchmarks). */
  count(): Promise<number>
  /** Throws when the database does not answer (readiness). */
  ping(): Promise<void>
  /** Waits for pending writes, then closes the connection(s). */
  close(): Promise<void>
}

/**
 * What counts as an experiment's outcome for a subject who started the flow: the flow
 * completed; one step completed; a checklist with at least `items` items ticked (ticks minus
 * unticks); the contact step followed (a contact link anywhere); the alternative flow started.
 */
export type ExperimentOutcome =
  | { kind: 'flow_completed' }
  | { kind: 'step_completed'; step: string }
  | { kind: 'checklist_done'; checklist: string; items: number }
  | { kind: 'contact_requested' }
  | { kind: 'alternative_taken'; flow: string }

/** Subjects of one variant ('' for none) who started the flow, and how many of them reached the outcome. */
export type VariantOutcomeRow = { variant: string; started: number; reached: number }

/** One progress event of a subject in a flow, for grouping by answers (never leaves the API). */
export type ProgressRow = {
  subject: string
  type: string
  step: string | null
  /** The answer as stored: JSON text of `{ question, value }`, or null. */
  answer: string | null
  at: number
}

/** Subjects offered the alternative flow, who started it, and who completed it. */
export type AlternativeFunnelRow = { offered: number; taken: number; completed: number }

/** One week's question_asked events: its Monday (whole days since 1970-01-01), asked, answered. */
export type QuestionWeekRow = { monday: number; asked: number; answered: number }

/** One source (`collection/slug`) opened from an answer, and how many times. */
export type QuestionSourceRow = { content: string; opened: number }
