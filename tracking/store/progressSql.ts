import { inScope } from './scopeSql.ts'

// Reads for the answer-group funnels and the alternative flow, in the SQL both stores speak.
// $1 flow, $2 from, $3 to (receive time), $4 municipality; $5 the alternative flow.

/** One flow's answer, step and start/completion events in the period, by subject and time. */
export const flowProgressSql = `
SELECT subject, type, step, answer, at FROM events
WHERE flow = $1 AND ${inScope(2, 3, 4)}
  AND type IN ('flow_started', 'question_answered', 'step_viewed', 'step_completed', 'flow_completed')
ORDER BY subject, at, id`

/**
 * Subjects offered the alternative flow in the flow, of them those who started the
 * alternative flow, and of those who completed it (all in the period).
 */
export const alternativeFunnelSql = `
WITH offered AS (
  SELECT DISTINCT subject FROM events
  WHERE flow = $1 AND type = 'fallback_offered' AND ${inScope(2, 3, 4)}
), taken AS (
  SELECT DISTINCT subject FROM events
  WHERE flow = $5 AND type = 'flow_started' AND ${inScope(2, 3, 4)}
), finished AS (
  SELECT DISTINCT subject FROM events
  WHERE flow = $5 AND type = 'flow_completed' AND ${inScope(2, 3, 4)}
)
SELECT CAST(COUNT(*) AS INTEGER) AS offered, CAST(COUNT(t.subject) AS INTEGER) AS taken,
  CAST(COUNT(f.subject) AS INTEGER) AS completed
FROM offered o LEFT JOIN taken t ON t.subject = o.subject
  LEFT JOIN finished f ON f.subject = t.subject`
