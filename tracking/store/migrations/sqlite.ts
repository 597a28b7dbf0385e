import type { DatabaseSync } from 'node:sqlite'
import { migrationsTableSql, type Migration } from './types.ts'

/** SQLite schema, version by version. */
export const sqliteMigrations: Migration[] = [
  {
    version: 1,
    name: 'create events',
    sql: `
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  type TEXT NOT NULL,
  flow TEXT,
  step TEXT,
  content TEXT,
  variant TEXT,
  value REAL,
  answer TEXT,
  locale TEXT,
  at INTEGER NOT NULL,
  received_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX events_subject ON events (subject);
CREATE INDEX events_flow_received ON events (flow, received_at);
CREATE INDEX events_received ON events (received_at);`,
  },
  {
    // A rowid table: rows are appended instead of being placed in random-UUID order, which
    // makes an insert about a third cheaper; the id stays unique through its own index.
    version: 2,
    name: 'events as a rowid table',
    sql: `
CREATE TABLE events_rowid (
  id TEXT NOT NULL UNIQUE,
  subject TEXT NOT NULL,
  type TEXT NOT NULL,
  flow TEXT,
  step TEXT,
  content TEXT,
  variant TEXT,
  value REAL,
  answer TEXT,
  locale TEXT,
  at INTEGER NOT NULL,
  received_at INTEGER NOT NULL
);
INSERT INTO events_rowid
  SELECT id, subject, type, flow, step, content, variant, value, answer, locale, at, received_at
  FROM events ORDER BY received_at;
DROP TABLE events;
ALTER TABLE events_rowid RENAME TO events;
CREATE INDEX events_subject ON events (subject);
CREATE INDEX events_flow_received ON events (flow, received_at);
CREATE INDEX events_received ON events (received_at);`,
  },
  {
    // Every aggregate reads one period of receive times, which events_received finds; the
    // index by flow only narrowed that to one flow's rows, and keeping it cost the writer
    // about a tenth of its time per event.
    version: 3,
    name: 'drop the index by flow',
    sql: `DROP INDEX events_flow_received;`,
  },
  {
    // Events carry the citizen's municipality (an official code) when they chose one; the
    // aggregates filter on it within the period events_received finds, so it has no index.
    version: 4,
    name: 'events carry a municipality',
    sql: `ALTER TABLE events ADD COLUMN municipality TEXT;`,
  },
]

/** Applies the migrations a SQLite database has not yet applied, each in its own transaction. */
export function migrateSqlite(
  db: DatabaseSync,
  now: number = Date.now(),
  migrations: Migration[] = sqliteMigrations,
): number[] {
  db.exec(migrationsTableSql)
  const applied = new Set(
    db
      .prepare('SELECT version FROM tracking_migrations')
      .all()
      .map((row) => Number(row.version)),
  )
  const done: number[] = []
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue
    db.exec('BEGIN IMMEDIATE')
    try {
      db.exec(migration.sql)
      db.prepare(
        'INSERT INTO tracking_migrations (version, name, applied_at) VALUES (?, ?, ?)',
      ).run(migration.version, migration.name, now)
      db.exec('COMMIT')
      done.push(migration.version)
    } catch (error) {
      db.exec('ROLLBACK')
      throw error
    }
  }
  return done
}
