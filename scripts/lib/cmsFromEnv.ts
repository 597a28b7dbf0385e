import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getPayload, type Payload } from 'payload'
import { createConfig } from '../../cms/config.ts'

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** A Payload instance for a one-off script, configured from the environment like `npm start`. */
export async function cmsFromEnv(): Promise<Payload> {
  process.env.JOBUNIVERS_RUN_JOBS = 'false'
  const dataDir = process.env.JOBUNIVERS_DATA_DIR ?? path.join(root, 'data')
  return getPayload({
    config: createConfig({ databaseUrl: process.env.DATABASE_URL, projectRoot: root, dataDir }),
  })
}
