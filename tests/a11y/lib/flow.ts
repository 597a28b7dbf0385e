import { expect, type Page } from '@playwright/test'

/** Waits until the page's islands have hydrated; a click before that is lost. */
export async function hydrated(page: Page): Promise<void> {
  if ((await page.locator('astro-island').count()) > 0)
    await page.waitForSelector('astro-island:not([ssr])')
}

/** A sample path through each flow: the answers per question, and whether the plan offers a fallback. */
export const samplePaths = [
  {
    flow: 'ny-paa-dagpenge',
    group: 'newly on dagpenge',
    answers: [['Nej'], ['Ingen endnu'], ['Nej']],
  },
  {
    flow: 'kort-tid-ledig',
    group: 'short-term unemployed',
    answers: [['Under en måned'], [], ['Ja'], ['Nej']],
  },
  {
    flow: 'klart-jobmaal',
    group: 'clear job target',
    answers: [['Ret sikker'], ['Ja'], ['At finde et kursus']],
  },
] as const

/** Waits for the plan of a flow. */
export async function planShown(page: Page): Promise<void> {
  await expect(page.locator('.jf-plan')).toBeVisible()
}
