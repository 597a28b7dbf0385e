import { createConfig } from './config.ts'
import { dataDir, projectRoot } from './paths.ts'

/** The configuration the admin, REST/GraphQL API and `payload` CLI use, from the environment. */
export default createConfig({
  databaseUrl: process.env.DATABASE_URL,
  projectRoot,
  dataDir,
  serverUrl: process.env.CMS_URL,
})
