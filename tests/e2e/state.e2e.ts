import { expect, test } from '@playwright/test'
import { hydrated } from './helpers.ts'

const key = 'jobunivers:v1'

for (const [name, value] of [
  ['a corrupt value', '{"version":1,"answers":'],
  ['an outdated value', JSON.stringify({ version: 0, answers: { x: 1 } })],
]) {
  test(`${name} in localStorage is reset with a notice on the flow page, never a crash`, async ({
    page,
  }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(String(error)))
    await page.addInitScript(
      ([k, v]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(k!, v!)
          sessionStorage.setItem('seeded', '1')
        }
      },
      [key, value],
    )
    await page.goto('/forloeb/ny-paa-dagpenge')
    await hydrated(page)
    await expect(page.getByRole('alert')).toContainText(
      'Vi kunne ikke læse det, der var gemt på denne enhed.',
    )
    await expect(
      page.getByRole('heading', { name: 'Har du meldt dig ledig på Jobnet?' }),
    ).toBeVisible()
    const stored = JSON.parse(
      (await page.evaluate((k) => localStorage.getItem(k), key)) ?? '{}',
    ) as { version?: number; subject?: string }
    expect(stored.version).toBe(1)
    expect(stored.subject).toMatch(/^[A-Za-z0-9_-]{16,64}$/)
    await page.reload()
    await hydrated(page)
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(errors).toEqual([])
  })
}

test('a corrupt value is reset with a notice on a lesson page too', async ({ page }) => {
  await page.addInitScript((k) => localStorage.setItem(k, 'not json'), key)
  await page.goto('/laer/din-a-kasse')
  await expect(page.locator('.jf-state-notice')).toContainText(
    'Vi kunne ikke læse det, der var gemt på denne enhed.',
  )
  await expect(page.getByRole('button', { name: 'Marker som færdig' })).toBeVisible()
})
