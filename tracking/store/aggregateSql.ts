import { inScope } from './scopeSql.ts'

// Aggregate queries shared by both stores, written in the SQL both SQLite and Postgres
// speak; parameters are $1..$n (the SQLite store rewrites them to ?1..?n).
// $1 = flow (where used), then the period's from and to (epoch ms of receive time) and the
// municipality code (NULL: every municipality's events and those without one).

/** Subjects who started and completed each flow: $1 from, $2 to, $3 municipality. */
export const flowTotalsSql = `
WITH per_subject AS (
  SELECT flow, subject,
    MAX(CASE WHEN type = 'flow_started' THEN 1 ELSE 0 END) AS started,
    MAX(CASE WHEN type = 'flow_completed' THEN 1 ELSE 0 END) AS completed
  FROM events
  WHERE flow IS NOT NULL AND ${inScope(1, 2, 3)}
  GROUP BY flow, subject
)
SELECT flow, CAST(SUM(started) AS INTEGER) AS started, CAST(SUM(completed) AS INTEGER) AS completed
FROM per_subject GROUP BY flow ORDER BY flow`

/**
 * Per step: subjects who viewed it, completed it, and dropped off (viewed it, never completed
 * it, and did not complete the flow). $1 flow, $2 from, $3 to, $4 municipality.
 */
export const flowStepsSql = `
WITH per_subject AS (
  SELECT subject, step,
    MAX(CASE WHEN type = 'step_viewed' THEN 1 ELSE 0 END) AS viewed,
    MAX(CASE WHEN type = 'step_completed' THEN 1 ELSE 0 END) AS completed
  FROM events
  WHERE flow = $1 AND step IS NOT NULL AND type IN ('step_viewed', 'step_completed')
    AND ${inScope(2, 3, 4)}
  GROUP BY subject, step
), finished AS (
  SELECT DISTINCT subject FROM events
  WHERE flow = $1 AND type = 'flow_completed' AND ${inScope(2, 3, 4)}
)
SELECT step,
  CAST(SUM(viewed) AS INTEGER) AS viewed,
  CAST(SUM(completed) AS INTEGER) AS completed,
  CAST(SUM(CASE WHEN viewed = 1 AND completed = 0
    AND subject NOT IN (SELECT subject FROM finished) THEN 1 ELSE 0 END) AS INTEGER) AS dropped_off
FROM per_subject GROUP BY step ORDER BY viewed DESC, step`

/**
 * Per group (each variant, or everyone): subjects who started and completed the flow, and the
 * median minutes from start to completion (device clock) over `timed` subjects. A subject's
 * variant is the one on their flow_started event, else any on their events; none is ''.
 * $1 flow, $2 from, $3 to, $4 municipality.
 */
export function flowGroupsSql(byVariant: boolean): string {
  const group = byVariant
    ? `COALESCE(MIN(CASE WHEN type = 'flow_started' THEN variant END), MIN(variant), '')`
    : `MIN(CAST('' AS TEXT))`
  return `
WITH per_subject AS (
  SELECT subject, ${group} AS grp,
    MIN(CASE WHEN type = 'flow_started' THEN at END) AS started_at,
    MIN(CASE WHEN type = 'flow_completed' THEN at END) AS completed_at
  FROM events
  WHERE flow = $1 AND ${inScope(2, 3, 4)}
  GROUP BY subject
), counts AS (
  SELECT grp, COUNT(started_at) AS started, COUNT(completed_at) AS completed
  FROM per_subject GROUP BY grp
), ranked AS (
  SELECT grp, (completed_at - started_at) / 60000.0 AS minutes,
    ROW_NUMBER() OVER (PARTITION BY grp ORDER BY completed_at - started_at) AS rn,
    COUNT(*) OVER (PARTITION BY grp) AS n
  FROM per_subject WHERE started_at IS NOT NULL AND completed_at >= started_at
), medians AS (
  SELECT grp, AVG(minutes) AS median_minutes, MAX(n) AS timed
  FROM ranked WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY grp
)
SELECT c.grp AS variant, CAST(c.started AS INTEGER) AS started,
  CAST(c.completed AS INTEGER) AS completed,
  CAST(m.median_minutes AS DOUBLE PRECISION) AS median_minutes,
  CAST(COALESCE(m.timed, 0) AS INTEGER) AS timed
FROM counts c LEFT JOIN medians m ON m.grp = c.grp
ORDER BY c.grp`
}
