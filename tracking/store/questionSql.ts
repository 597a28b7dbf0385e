import { inScope } from './scopeSql.ts'

// Reads for the "Spørg" statistics, in the SQL both stores speak; $1 from, $2 to (receive
// time), $3 municipality.
// Integer division is whole-number division in both SQLite and Postgres (BIGINT).

/**
 * Per week of receive time: question_asked events, and of them answered (value 1). A week is
 * named by its Monday as whole days since 1970-01-01 (a Thursday, hence the + 3).
 */
export const questionWeeksSql = `
SELECT (received_at / 86400000) - ((received_at / 86400000 + 3) % 7) AS monday,
  CAST(COUNT(*) AS INTEGER) AS asked,
  CAST(SUM(CASE WHEN value = 1 THEN 1 ELSE 0 END) AS INTEGER) AS answered
FROM events
WHERE type = 'question_asked' AND ${inScope(1, 2, 3)}
GROUP BY 1 ORDER BY 1`

/** Per source (`collection/slug`) opened from an answer: how many times, most opened first. */
export const questionSourcesSql = `
SELECT content, CAST(COUNT(*) AS INTEGER) AS opened
FROM events
WHERE type = 'question_asked' AND content IS NOT NULL AND ${inScope(1, 2, 3)}
GROUP BY content ORDER BY 2 DESC, content`
