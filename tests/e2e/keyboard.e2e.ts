import { expect, test } from '@playwright/test'
import { hydrated } from './helpers.ts'

test('a flow can be answered with the keyboard alone, and focus lands on each new screen', async ({ page }) => {
  await page.goto('/forloeb/ny-paa-dagpenge')
  await hydrated(page)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Gå til indhold' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()

  // Question 1: Tab into the radio group, arrow to "Nej", Enter submits.
  await page.getByLabel('Ja', { exact: true }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByLabel('Nej', { exact: true })).toBeChecked()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Hvem har du allerede haft en samtale med?' })).toBeFocused()

  // Question 2: from the focused question, Tab reaches the options (the back link is above it).
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Ingen endnu')).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Har du et CV på Jobnet, som er klar?' })).toBeFocused()

  // Question 3: submitting with nothing chosen moves focus to the error summary.
  // The radio group is one tab stop.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Fortsæt' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alert')).toBeFocused()
  await page.getByLabel('Ja', { exact: true }).focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Dine trin' })).toBeFocused()

  // The plan: the next step is the first link after the progress text.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: /^Næste trin:/ })).toBeFocused()
})
