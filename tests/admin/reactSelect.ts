import type { Locator, Page } from '@playwright/test'

/** Picks an option in one of Payload's searchable selects (react-select), as an editor does. */
export async function pick(
  page: Page,
  field: Locator,
  search: string,
  option: string | RegExp,
): Promise<void> {
  await field.locator('.rs__control').click()
  await field.locator('.rs__input').last().fill(search)
  await page.getByRole('option', { name: option }).first().click()
}
