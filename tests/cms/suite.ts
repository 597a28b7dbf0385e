import { afterAll, beforeAll, describe } from 'vitest'
import { accessContract } from './contract/access.ts'
import { crudContract } from './contract/crud.ts'
import { importContract } from './contract/importing.ts'
import { localeContract } from './contract/locales.ts'
import { localFlowContract } from './contract/localFlows.ts'
import { localFlowScopeContract } from './contract/localFlowScope.ts'
import { municipalityContract } from './contract/municipalities.ts'
import { municipalityScopeContract } from './contract/municipalityScope.ts'
import { municipalityUpgradeContract } from './contract/municipalityUpgrade.ts'
import { restContract } from './contract/rest.ts'
import { uploadScopeContract } from './contract/uploadScope.ts'
import { schedulingContract } from './contract/scheduling.ts'
import { publishLogContract } from './contract/publishLog.ts'
import { reminderContract } from './contract/reminders.ts'
import { validationContract } from './contract/validation.ts'
import { startCms, type CmsHarness, type Dialect } from './harness.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'

/**
 * The whole CMS contract against one database dialect; with `unavailable` (why the database
 * cannot be reached) every test is reported as skipped under that reason.
 */
export function cmsContract(dialect: Dialect, unavailable?: string): void {
  const title = unavailable ? `CMS on ${dialect} (skipped: ${unavailable})` : `CMS on ${dialect}`
  describe.skipIf(unavailable !== undefined)(title, () => {
    let harness: CmsHarness
    beforeAll(async () => {
      harness = await startCms(dialect)
    })
    afterAll(async () => {
      await mayBeUnset(harness)?.close()
    })
    const cms = () => harness
    crudContract(cms)
    accessContract(cms)
    validationContract(cms)
    localeContract(cms)
    importContract(cms)
    restContract(cms)
    schedulingContract(cms)
    publishLogContract(cms)
    reminderContract(cms)
    municipalityContract(cms)
    municipalityScopeContract(cms)
    localFlowContract(cms)
    localFlowScopeContract(cms)
    municipalityUpgradeContract(cms)
    uploadScopeContract(cms)
  })
}
