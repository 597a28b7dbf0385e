import type pg from 'pg'

/** The UTC month holding an instant: its partition name and bounds (epoch ms, end exclusive). */
export function monthOf(ms: number): { name: string; from: number; to: number } {
  const date = new Date(ms)
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth()
  return {
    name: `events_y${year}m${String(month + 1).padStart(2, '0')}`,
    from: Date.UTC(year, month, 1),
    to: Date.UTC(year, month + 1, 1),
  }
}

/**
 * Keeps the monthly partitions of `events`: makes those needed for new receive times
 * (remembering which exist; safe when instances race) and drops those wholly past retention.
 */
export function createPartitionKeeper(pool: pg.Pool) {
  const known = new Set<string>()
  return {
    /** Makes sure partitions exist for every given receive time. */
    async ensure(receivedAt: number[]): Promise<void> {
      for (const at of receivedAt) {
        const month = monthOf(at)
        if (known.has(month.name)) continue
        try {
          await pool.query(
            `CREATE TABLE IF NOT EXISTS ${month.name} PARTITION OF events
             FOR VALUES FROM (${month.from}) TO (${month.to})`,
          )
        } catch (error) {
          // 42P07 duplicate table / 23505 catalog race: another instance made it first.
          const code = (error as { code?: string }).code
          if (code !== '42P07' && code !== '23505') throw error
        }
        known.add(month.name)
      }
    },
    /** Drops partitions that end at or before `cutoff`; resolves to how many events they held. */
    async dropBefore(cutoff: number): Promise<number> {
      const { rows } = await pool.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_inherits i
         JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
         WHERE p.relname = 'events' AND p.relnamespace = current_schema()::regnamespace`,
      )
      let removed = 0
      for (const { name } of rows) {
        const match = /^events_y(\d{4})m(\d{2})$/.exec(name)
        if (!match) continue
        const to = Date.UTC(Number(match[1]), Number(match[2]), 1)
        if (to > cutoff) continue
        const client = await pool.connect()
        try {
          await client.query('BEGIN')
          const ids = await client.query(
            `DELETE FROM event_ids WHERE id IN (SELECT id FROM ${name})`,
          )
          await client.query(`DROP TABLE ${name}`)
          await client.query('COMMIT')
          removed += ids.rowCount ?? 0
          known.delete(name)
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {})
          throw error
        } finally {
          client.release()
        }
      }
      return removed
    },
  }
}
