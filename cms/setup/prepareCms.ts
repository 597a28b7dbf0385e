import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { importSampleContent, type ImportReport } from '../seed/importSampleContent.ts'

/** What the first start did, so the caller can tell the person starting it. */
export type PrepareResult = {
  admin?: { email: string; password: string }
  imported?: ImportReport
}

const firstAdminEmail = 'admin@jobunivers.local'

/**
 * Brings the database up to date and, on a fresh database, creates the first admin (with a
 * generated password unless one is given, returned once and stored only as Payload's hash) and imports the sample content.
 */
export async function prepareCms(
  payload: Payload,
  contentDir: string,
  options: { adminPassword?: string } = {},
): Promise<PrepareResult> {
  if (payload.db.name !== 'mongoose') await payload.db.migrate()
  const result: PrepareResult = {}
  const users = await payload.count({ collection: 'users' })
  if (users.totalDocs === 0) {
    const password = options.adminPassword ?? crypto.randomBytes(12).toString('base64url')
    await payload.create({
      collection: 'users',
      data: { email: firstAdminEmail, password, name: 'Administrator', role: 'admin' },
    })
    result.admin = { email: firstAdminEmail, password }
  }
  const flows = await payload.count({ collection: 'flows' })
  if (flows.totalDocs === 0) result.imported = await importSampleContent(payload, contentDir)
  return result
}
