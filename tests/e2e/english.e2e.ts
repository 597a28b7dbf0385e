import { expect, test } from '@playwright/test'
import { answer, hydrated } from './helpers.ts'

test('English pages use English slugs for fixed pages and say lang="en"', async ({ page }) => {
  await page.goto('/en/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Help for you who are out of work',
  )
  await page.getByRole('link', { name: 'Questions and answers' }).first().click()
  await expect(page).toHaveURL(/\/en\/faq\/?$/)
  await page.getByRole('link', { name: 'Dansk' }).click()
  await expect(page).toHaveURL(/\/spoergsmaal\/?$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'da')
})

test('Danish text standing in for a missing English translation is marked lang="da"', async ({
  page,
}) => {
  // tests/e2e/prepareContent.ts removes this lesson's English body for the e2e build.
  await page.goto('/en/learn/naar-du-faar-et-job')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const fallback = page.locator('main .jf-richtext[lang="da"]').first()
  await expect(fallback).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', 'da')
  await expect(page.locator('main [lang="da"]').filter({ hasText: 'Mark as done' })).toHaveCount(0)
})

test('the English flow asks in English and links English pages', async ({ page }) => {
  await page.goto('/en/flows/ny-paa-dagpenge')
  await hydrated(page)
  await answer(page, 'No')
  await answer(page, 'Nobody yet')
  await answer(page, 'No')
  await expect(page.getByRole('heading', { name: 'Your steps' })).toBeVisible()
  await expect(page.locator('[data-step="rettigheder"] h3 a')).toHaveAttribute(
    'href',
    '/en/learn/dine-rettigheder-og-pligter',
  )
  await expect(page.locator('[data-step="meld-dig-ledig"] h3 a')).toHaveAttribute(
    'href',
    '/en/faq#hvornaar-skal-jeg-tilmelde-mig',
  )
})

test('the English video page turns on the English captions', async ({ page }) => {
  await page.goto('/en/video/jobloggen-kort-fortalt')
  await expect(page.locator('track[srclang="en"]')).toHaveAttribute('default', '')
  await expect(page.locator('track[srclang="da"]')).not.toHaveAttribute('default', '')
  const vtt = await page.request.get(
    (await page.locator('track[srclang="en"]').getAttribute('src'))!,
  )
  expect(await vtt.text()).toMatch(/^WEBVTT/)
})
