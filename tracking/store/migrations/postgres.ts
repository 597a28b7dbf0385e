import type pg from 'pg'
import { migrationsTableSql, type Migration } from './types.ts'

/**
 * Postgres schema, version by version. Versions 1 and 2 partitioned `events` by month of
 * receive time, with ids kept unique in a separate `event_ids` table (a partitioned table's
 * primary key must include the partition key); version 3 replaces both with one table.
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
  {
    // One plain table keyed by id: partitioning forced every insert through a second table
    // of ids and a join, for about 40 % more Postgres CPU per event, while retention only
    // deletes a day's rows a day (found through a BRIN index on the receive time, which
    // costs next to nothing to keep). Keys compare byte-wise ("C"), as SQLite compares them.
    version: 3,
    name: 'one events table keyed by id',
    sql: `
CREATE TABLE events_by_id (
  id UUID PRIMARY KEY,
  subject TEXT COLLATE "C" NOT NULL,
  type TEXT NOT NULL,
  flow TEXT COLLATE "C",
  step TEXT COLLATE "C",
  content TEXT,
  variant TEXT COLLATE "C",
  value DOUBLE PRECISION,
  answer TEXT,
  locale TEXT,
  at BIGINT NOT NULL,
  received_at BIGINT NOT NULL
);
INSERT INTO events_by_id
  SELECT id, subject, type, flow, step, content, variant, value, answer, locale, at, received_at
  FROM events ORDER BY received_at;
DROP TABLE events;
DROP TABLE event_ids;
ALTER TABLE events_by_id RENAME TO events;
ALTER INDEX events_by_id_pkey RENAME TO events_pkey;
CREATE INDEX events_subject ON events (subject);
CREATE INDEX events_flow_received ON events (flow, received_at);
CREATE INDEX events_received ON events USING brin (received_at);`,
  },
  {
    // Every aggregate reads one period of receive times, which the BRIN index finds; the
    // index by flow only narrowed that to one flow's rows, and keeping it cost every insert
    // about a fifth of Postgres's time per event.
    version: 4,
    name: 'drop the index by flow',
    sql: `DROP INDEX events_flow_received;`,
  },
  {
    // Events carry the citizen's municipality (an official code) when they chose one. The
    // aggregates filter on it within the period the BRIN index finds, so it has no index of
    // its own; a column added with no default costs existing rows nothing.
    version: 5,
    name: 'events carry a municipality',
    sql: `ALTER TABLE events ADD COLUMN municipality TEXT COLLATE "C";`,
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
    const { rows } = await client.query<{ version: unknown }>(
      'SELECT version FROM tracking_migrations',
    )
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
