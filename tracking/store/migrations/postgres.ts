import type pg from 'pg'
import { migrationsTableSql, type Migration } from './types.ts'

/**
 * Postgres schema, version by version. `events` is partitioned by month of receive time
 * (partitions are made on demand, see partitions.ts). A primary key on a partitioned table
 * must include the partition key, so duplicate ids are caught by `event_ids`, an unpartitioned
 * table of every stored id.
 */
export const postgresMigrations: Migration[] = [
  {
    version: 1,
    name: 'create events, partitioned by month',
    sql: `
CREATE TABLE event_ids (
  id UUID PRIMARY KEY,
  received_at BIGINT NOT NULL
);
CREATE INDEX event_ids_received ON event_ids (received_at);
CREATE TABLE events (
  id UUID NOT NULL,
  subject TEXT NOT NULL,
  type TEXT NOT NULL,
  flow TEXT,
  step TEXT,
  content TEXT,
  variant TEXT,
  value DOUBLE PRECISION,
  answer TEXT,
  locale TEXT,
  at BIGINT NOT NULL,
  received_at BIGINT NOT NULL,
  PRIMARY KEY (id, received_at)
) PARTITION BY RANGE (received_at);
CREATE INDEX events_subject ON events (subject);
CREATE INDEX events_flow_received ON events (flow, received_at);
CREATE INDEX events_received ON events (received_at);`,
  },
  {
    // event_ids already keeps ids unique, and retention finds a dropped partition's ids
    // through the partition itself: two indexes fewer to write for every event.
    version: 2,
    name: 'drop indexes that duplicate event_ids',
    sql: `
ALTER TABLE events DROP CONSTRAINT events_pkey;
DROP INDEX event_ids_received;`,
  },
]

// Any constant will do: it only has to be the same for every instance of this service.
const migrationLock = 4_040_404

/**
 * Applies the migrations a Postgres database has not yet applied, in one transaction under
 * an advisory lock, so instances starting together do not race.
 */
export async function migratePostgres(
  pool: pg.Pool,
  now: number = Date.now(),
  migrations: Migration[] = postgresMigrations,
): Promise<number[]> {
  const client = await pool.connect()
  const done: number[] = []
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLock])
    await client.query(migrationsTableSql)
    const { rows } = await client.query('SELECT version FROM tracking_migrations')
    const applied = new Set(rows.map((row) => Number(row.version)))
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue
      await client.query(migration.sql)
      await client.query(
        'INSERT INTO tracking_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [migration.version, migration.name, now],
      )
      done.push(migration.version)
    }
    await client.query('COMMIT')
    return done
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}
