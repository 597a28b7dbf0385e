import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getPayload, type Payload } from 'payload'
import { createConfig } from '../../cms/config.ts'
import { DatabaseConfigError } from '../../cms/database.ts'

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The CMS configuration from the environment; a bad DATABASE_URL stops the script with its message. */
export function configFromEnv(dataDir: string): ReturnType<typeof createConfig> {
  try {
    return createConfig({ databaseUrl: process.env.DATABASE_URL, projectRoot: root, dataDir })
  } catch (error) {
    if (!(error instanceof DatabaseConfigError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}

/** A Payload instance for a one-off script, configured from the environment like `npm start`. */
export async function cmsFromEnv(): Promise<Payload> {
  process.env.JOBUNIVERS_RUN_JOBS = 'false'
  const dataDir = process.env.JOBUNIVERS_DATA_DIR ?? path.join(root, 'data')
  return getPayload({ config: configFromEnv(dataDir) })
}
