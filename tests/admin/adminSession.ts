import { expect, type APIRequestContext } from '@playwright/test'
import { adminE2e } from './setup.ts'

export { logIn } from '../lib/adminLogIn.ts'

/** A CMS user the admin tests log in as. */
export type AdminUser = { email: string; password: string }

/** The admin user `npm start` creates with the e2e password. */
export const adminUser: AdminUser = {
  email: 'admin@jobunivers.local',
  password: adminE2e.adminPassword,
}

/** A REST token of the admin user (requests go to the CMS, the tests' base URL). */
async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/users/login', { data: adminUser })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { token: string }).token
}

/** Creates the user (as the admin, through the REST API) unless one with that e-mail exists. */
export async function ensureUser(
  request: APIRequestContext,
  user: AdminUser & { name: string; role: string },
): Promise<void> {
  const token = await adminToken(request)
  const headers = { authorization: `JWT ${token}` }
  const existing = await request.get(
    `/api/users?where[email][equals]=${encodeURIComponent(user.email)}`,
    { headers },
  )
  if (((await existing.json()) as { totalDocs: number }).totalDocs > 0) return
  const created = await request.post('/api/users', { headers, data: user })
  expect(created.ok()).toBe(true)
}
