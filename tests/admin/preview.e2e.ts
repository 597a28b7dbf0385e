import { expect, test } from '@playwright/test'
import { adminE2e } from './setup.ts'

test('an editor previews a draft as the citizen will see it; the public sees neither draft nor preview', async ({
  page,
  request,
}) => {
  await page.goto('/admin/login')
  await page.getByLabel(/e-?mail/i).fill('admin@jobunivers.local')
  await page.getByLabel(/password|adgangskode/i).fill(adminE2e.adminPassword)
  await page.getByRole('button', { name: /log ?in|log ind/i }).click()
  await page.waitForURL(/\/admin\/?$/)

  const found = await page.request.get(
    '/api/lessons?where[slug][equals]=forbered-din-jobsamtale&depth=0',
  )
  const lesson = ((await found.json()) as { docs: { id: number; title: string }[] }).docs[0]!
  const draftTitle = `Kladde: forbered dig godt ${Date.now()}`
  const saved = await page.request.patch(`/api/lessons/${lesson.id}?draft=true&locale=da`, {
    data: { title: draftTitle },
  })
  expect(saved.ok()).toBe(true)

  await page.goto(`/api/preview/lessons/${lesson.id}?locale=da`)
  await expect(page).toHaveURL(`${adminE2e.previewUrl}/laer/forbered-din-jobsamtale`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(draftTitle)
  await expect(page.getByRole('note')).toContainText('Forhåndsvisning af en kladde')

  const anonymous = await request.get(`${adminE2e.previewUrl}/laer/forbered-din-jobsamtale/`)
  expect(anonymous.status()).toBe(401)
  expect(await anonymous.text()).not.toContain(draftTitle)
  const publicPage = await request.get(`${adminE2e.siteUrl}/laer/forbered-din-jobsamtale/`)
  expect(await publicPage.text()).toContain(lesson.title)
  expect(await publicPage.text()).not.toContain(draftTitle)
})
