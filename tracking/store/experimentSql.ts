import { inScope, scopeParameters } from './scopeSql.ts'
import type { ExperimentOutcome, Period } from './types.ts'

// Experiment counts in the SQL both stores speak ($n parameters; SQLite rewrites them).
// $1 flow, $2 from, $3 to (receive time), $4 municipality, then the outcome's own parameters.

const inPeriod = inScope(2, 3, 4)

/** The subjects who reached each kind of outcome in the period. */
const reachedSql: Record<ExperimentOutcome['kind'], string> = {
  flow_completed: `SELECT DISTINCT subject FROM events
    WHERE flow = $1 AND type = 'flow_completed' AND ${inPeriod}`,
  step_completed: `SELECT DISTINCT subject FROM events
    WHERE flow = $1 AND type = 'step_completed' AND step = $5 AND ${inPeriod}`,
  checklist_done: `SELECT subject FROM events
    WHERE type IN ('checklist_item_checked', 'checklist_item_unchecked') AND content = $5
      AND ${inPeriod}
    GROUP BY subject
    HAVING SUM(CASE WHEN type = 'checklist_item_checked' THEN 1 ELSE -1 END) >= $6`,
  contact_requested: `SELECT DISTINCT subject FROM events
    WHERE type = 'contact_requested' AND ${inPeriod}`,
  alternative_taken: `SELECT DISTINCT subject FROM events
    WHERE flow = $5 AND type = 'flow_started' AND ${inPeriod}`,
}

/** The outcome's parameters after flow, from, to and municipality. */
function outcomeParameters(outcome: ExperimentOutcome): (string | number)[] {
  switch (outcome.kind) {
    case 'step_completed':
      return [outcome.step]
    case 'checklist_done':
      return [outcome.checklist, outcome.items]
    case 'alternative_taken':
      return [outcome.flow]
    default:
      return []
  }
}

/**
 * Per variant: subjects with a flow_started event of the flow in the period (their variant is
 * the one on it; none is ''), and how many of them reached the outcome in the period.
 */
export function experimentSql(outcome: ExperimentOutcome['kind']): string {
  return `
WITH starters AS (
  SELECT subject, COALESCE(MIN(variant), '') AS variant FROM events
  WHERE flow = $1 AND type = 'flow_started' AND ${inPeriod}
  GROUP BY subject
), reached AS (${reachedSql[outcome]})
SELECT s.variant AS variant, CAST(COUNT(*) AS INTEGER) AS started,
  CAST(COUNT(r.subject) AS INTEGER) AS reached
FROM starters s LEFT JOIN reached r ON r.subject = s.subject
GROUP BY s.variant ORDER BY s.variant`
}

/** The parameters of {@link experimentSql} for one query. */
export function experimentParameters(
  flow: string,
  period: Period,
  outcome: ExperimentOutcome,
): (string | number | null)[] {
  return [flow, ...scopeParameters(period), ...outcomeParameters(outcome)]
}
