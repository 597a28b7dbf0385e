import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type pg from 'pg'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { createConfig } from '../../cms/config.ts'
import { DatabaseConfigError } from '../../cms/database.ts'
import { scriptLogger } from './scriptLogger.ts'

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The data folder of the embedded default: JOBUNIVERS_DATA_DIR, else data/. */
export const dataDirFromEnv = (): string =>
  path.resolve(process.env.JOBUNIVERS_DATA_DIR ?? path.join(root, 'data'))

/** The CMS configuration from the environment; a bad DATABASE_URL stops the script with its message. */
function configFromEnv(dataDir: string): ReturnType<typeof createConfig> {
  try {
    return createConfig({ databaseUrl: process.env.DATABASE_URL, projectRoot: root, dataDir })
  } catch (error) {
    if (!(error instanceof DatabaseConfigError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}

/**
 * A Payload instance for a one-off script, configured from the environment like `npm start`.
 * Close it with `closeCms`, never with `payload.destroy()` alone.
 *
 * Outside NODE_ENV=production or test (so under `npm run`, not under Vitest) Payload's
 * `getPayload` would also start two things that outlive the script:
 * - a WebSocket to Next's dev server for hot reload, at ws://localhost:$PORT (3000): when a CMS
 *   runs there (`npm start`), the socket stays open and the script never exits;
 * - a child process `payload generate:types`, which rewrites cms/payload-types.ts.
 */
export async function cmsFromEnv(): Promise<Payload> {
  process.env.JOBUNIVERS_RUN_JOBS = 'false'
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const config = await configFromEnv(dataDirFromEnv())
  config.typescript.autoGenerate = false
  // Sanitizing deep-requires the logger's options; Payload reads them as given (getLogger).
  config.logger = scriptLogger as SanitizedConfig['logger']
  const init = config.db.init
  config.db.init = (args) => {
    const adapter = init(args)
    // When connecting fails, the adapter rejects this promise, which nothing else awaits, and
    // Node would stop on the unhandled rejection with a stack trace; getPayload's own error
    // (which says why) is what the command reports.
    void (adapter as { initializing?: Promise<unknown> }).initializing?.catch(() => {})
    return adapter
  }
  return getPayload({ config })
}

/**
 * Closes what a one-off script's Payload holds open, so the process exits on its own.
 * `payload.destroy()` leaves the Postgres pool open, and in it the client that the adapter
 * checks out while connecting and never releases (payload#11727; fixed upstream after 3.90.2):
 * that client is released here, then the pool is ended.
 */
export async function closeCms(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: pg.Pool }).pool
  await payload.destroy()
  if (pool) await endPool(pool)
}

type PoolInternals = {
  _clients?: (Omit<pg.PoolClient, 'release'> & { release?: () => void })[]
  _idle?: { client: pg.PoolClient }[]
}

async function endPool(pool: pg.Pool): Promise<void> {
  // pg-pool keeps every client in `_clients` and the idle ones in `_idle`; a client in the
  // first and not the second is checked out.
  const { _clients = [], _idle = [] } = pool as unknown as PoolInternals
  for (const client of _clients) {
    if (!_idle.some((idle) => idle.client === client)) client.release?.()
  }
  await pool.end()
}
