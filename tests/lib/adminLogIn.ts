import type { Page } from '@playwright/test'

/**
 * Logs in through the admin's own login form and waits for the dashboard; `origin` is the CMS's
 * when the page has no base URL.
 */
export async function logIn(
  page: Page,
  user: { email: string; password: string },
  origin = '',
): Promise<void> {
  await page.goto(`${origin}/admin/login`)
  await page.getByLabel(/e-?mail/i).fill(user.email)
  await page.getByLabel(/password|adgangskode/i).fill(user.password)
  await page.getByRole('button', { name: /log ?in|log ind/i }).click()
  await page.waitForURL(/\/admin\/?$/)
}
