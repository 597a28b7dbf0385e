import { requirePostgres } from '../lib/postgres.ts'
import { cmsContract } from './suite.ts'

cmsContract(
  'postgres',
  (await requirePostgres('the CMS Postgres tests'))
    ? undefined
    : 'Postgres skipped on purpose (JOBUNIVERS_SKIP_POSTGRES=1)',
)
