import path from 'node:path'
import { expect, test } from '@playwright/test'
import { readSampleContent } from '../../sample-content/index.ts'
import { adminUser, logIn } from './adminSession.ts'
import { openFlow } from './openFlow.ts'
import { pick } from './reactSelect.ts'

const content = readSampleContent(path.resolve(import.meta.dirname, '..', '..', 'content'))

test.use({ locale: 'da-DK' })

type SavedStep = {
  key: string
  reminder?: { every?: string; weekday?: string | null; text?: string | null }
}

test('an editor makes a step recur from lists; publishing without a reminder text is refused at the field', async ({
  page,
}) => {
  const flow = content.flows.find((candidate) => candidate.slug === 'ny-paa-dagpenge')!
  const index = flow.steps.findIndex((step) => !step.reminder && step.kind === 'content')
  expect(index).toBeGreaterThanOrEqual(0)
  await logIn(page, adminUser)
  const id = await openFlow(page, flow.slug)

  const every = page.locator(`#field-steps__${String(index)}__reminder__every`)
  const text = page.locator(`#field-steps__${String(index)}__reminder__text`)
  await every.scrollIntoViewIfNeeded()
  await expect(every).toContainText('Gentages ikke')
  await expect(text).toHaveCount(0)

  // A weekday reminder asks for its day; a monthly one for its text.
  await pick(page, every, 'ugedag', 'På en bestemt ugedag')
  await expect(page.locator(`#field-steps__${String(index)}__reminder__weekday`)).toBeVisible()
  await pick(page, every, 'måned', 'Hver måned')
  await expect(page.locator(`#field-steps__${String(index)}__reminder__weekday`)).toHaveCount(0)
  await expect(text).toBeVisible()

  const publish = page.getByRole('button', { name: /Offentliggør ændringer|Udgiv ændringer/ })
  await publish.click()
  await expect(
    page.getByText('Et trin, der gentages, skal have en tekst til påmindelsen.', { exact: false }),
  ).toBeVisible({ timeout: 20_000 })
  const before = (await (await page.request.get(`/api/flows/${String(id)}?depth=0`)).json()) as {
    steps: SavedStep[]
  }
  expect(before.steps[index]!.reminder?.every ?? 'none').toBe('none')

  await text.fill('Tjek, om der er nye job at søge.')
  await publish.click()
  await expect(publish).toBeDisabled({ timeout: 20_000 })
  const after = (await (await page.request.get(`/api/flows/${String(id)}?depth=0`)).json()) as {
    steps: SavedStep[]
  }
  expect(after.steps[index]!.reminder).toMatchObject({
    every: 'month',
    text: 'Tjek, om der er nye job at søge.',
  })
  await expect(page.locator('.json-field, .code-editor, .monaco-editor')).toHaveCount(0)
})
