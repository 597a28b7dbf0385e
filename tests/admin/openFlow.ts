import { expect, type Page } from '@playwright/test'

/** Opens a flow's edit view by slug (its latest draft) and waits for the builder; returns its id. */
export async function openFlow(page: Page, slug: string): Promise<number> {
  const found = await page.request.get(`/api/flows?where[slug][equals]=${slug}&depth=0&draft=true`)
  const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
  await page.goto(`/admin/collections/flows/${String(id)}`)
  await expect(page.locator('[data-jf-path-map-headline]')).toBeVisible({ timeout: 30_000 })
  return id
}
