import { postgresAvailable } from './harness.ts'
import { cmsContract } from './suite.ts'

cmsContract(
  'postgres',
  (await postgresAvailable()) ? undefined : 'no Postgres answers at POSTGRES_TEST_URL',
)
