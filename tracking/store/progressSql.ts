// Reads for the answer-group funnels and the alternative flow, in the SQL both stores speak.
// $1 flow, $2 from, $3 to (receive time); $4 the alternative flow.

/** One flow's answer, step and start/completion events in the period, by subject and time. */
export const flowProgressSql = `
SELECT subject, type, step, answer, at FROM events
WHERE flow = $1 AND received_at >= $2 AND received_at < $3
  AND type IN ('flow_started', 'question_answered', 'step_viewed', 'step_completed', 'flow_completed')
ORDER BY subject, at, id`

/**
 * Subjects offered the alternative flow in the flow, of them those who started the
 * alternative flow, and of those who completed it (all in the period).
 */
export const alternativeFunnelSql = `
WITH offered AS (
  SELECT DISTINCT subject FROM events
  WHERE flow = $1 AND type = 'fallback_offered' AND received_at >= $2 AND received_at < $3
), taken AS (
  SELECT DISTINCT subject FROM events
  WHERE flow = $4 AND type = 'flow_started' AND received_at >= $2 AND received_at < $3
), finished AS (
  SELECT DISTINCT subject FROM events
  WHERE flow = $4 AND type = 'flow_completed' AND received_at >= $2 AND received_at < $3
)
SELECT CAST(COUNT(*) AS INTEGER) AS offered, CAST(COUNT(t.subject) AS INTEGER) AS taken,
  CAST(COUNT(f.subject) AS INTEGER) AS completed
FROM offered o LEFT JOIN taken t ON t.subject = o.subject
  LEFT JOIN finished f ON f.subject = t.subject`
