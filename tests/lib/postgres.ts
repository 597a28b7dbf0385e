import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** The Postgres every test uses: `POSTGRES_TEST_URL`, else the machine's 127.0.0.1:5432. */
const postgresTestUrl = process.env.POSTGRES_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/**
 * The variable that skips the Postgres tests on purpose. Without it a Postgres that does not
 * answer fails the run: a green suite must mean Postgres was tested.
 */
const skipPostgresVariable = 'JOBUNIVERS_SKIP_POSTGRES'

/** Why Postgres cannot be used, or undefined when it answers. */
export async function postgresProblem(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: postgresTestUrl, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return undefined
  } catch (error) {
    return `Postgres at ${postgresTestUrl} does not answer (${(error as Error).message})`
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * For a test file's Postgres half: true when Postgres answers; false (with a printed reason)
 * only when the run skips Postgres on purpose; otherwise throws, which fails the file.
 */
export async function requirePostgres(what: string): Promise<boolean> {
  const problem = await postgresProblem()
  if (!problem) return true
  if (process.env[skipPostgresVariable] === '1') {
    console.warn(`SKIPPING ${what}: ${problem}; ${skipPostgresVariable}=1 is set.`)
    return false
  }
  throw new Error(
    `${problem}. ${what} need it: start Postgres, point POSTGRES_TEST_URL at one, or set ${skipPostgresVariable}=1 to skip them on purpose.`,
  )
}

/** The URL of another database on the test server. */
function postgresUrlFor(database: string): string {
  const url = new URL(postgresTestUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/**
 * Creates a database of its own (`<prefix>_<random>`), so test files and engineers' runs at
 * the same time never share tables; `drop()` removes it.
 */
export async function createTestDatabase(
  prefix: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: postgresTestUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  return {
    url: postgresUrlFor(name),
    async drop() {
      const dropper = new pg.Client({ connectionString: postgresTestUrl })
      await dropper.connect()
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await dropper.end()
    },
  }
}
