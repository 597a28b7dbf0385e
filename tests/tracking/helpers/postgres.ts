import { randomBytes } from 'node:crypto'
import pg from 'pg'

const admin = 'postgres://postgres@127.0.0.1:5432/test'

/** Whether Postgres answers at 127.0.0.1:5432; when not, why (printed by the skipping suite). */
export async function postgresAvailable(): Promise<{ ok: boolean; reason: string }> {
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return { ok: true, reason: '' }
  } catch (error) {
    return {
      ok: false,
      reason: `Postgres at ${admin} does not answer: ${(error as Error).message}`,
    }
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * Creates a database of its own for one test file (tracking_test_<random>), so engineers'
 * test runs at the same time never share tables; `drop()` removes it.
 */
export async function createTestDatabase(
  prefix = 'tracking_test',
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  return {
    url: `postgres://postgres@127.0.0.1:5432/${name}`,
    async drop() {
      const dropper = new pg.Client({ connectionString: admin })
      await dropper.connect()
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await dropper.end()
    },
  }
}
