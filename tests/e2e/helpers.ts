import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { wcagTags } from '../lib/wcagTags.ts'

/** Runs axe on the page as it is now and expects no violations (their summary in the message). */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary, `axe on ${label}`).toEqual([])
}

/** Waits until the page's islands have hydrated; a click before that is lost. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForSelector('astro-island:not([ssr])')
}

/** Every page of the built site, from its sitemap, as paths. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8')
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
}

/** The Content-Security-Policy the site ships in dist/_headers. */
export function shippedCsp(): string {
  const headers = readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8')
  const line = headers.split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'))
  return line!.split('Content-Security-Policy:')[1]!.trim()
}

/**
 * Ticks the options with these labels on the question on screen, continues, and waits for the
 * next screen (the island draws it in a task after the click) or for the error on this one.
 */
export async function answer(page: Page, ...labels: string[]): Promise<void> {
  for (const label of labels) await page.getByLabel(label, { exact: true }).check()
  const answered = await page.locator('form.jf-question').elementHandle()
  await page.getByRole('button', { name: /^(Fortsæt|Continue)$/ }).click()
  await page.waitForFunction(
    (form) => !form.isConnected || form.querySelector('.form-error') !== null,
    answered,
  )
}

/** The keys of the steps the plan shows, in order. */
export async function planSteps(page: Page): Promise<string[]> {
  await page.locator('.jf-plan').waitFor()
  return page
    .locator('.jf-plan [data-step]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-step') ?? ''))
}
