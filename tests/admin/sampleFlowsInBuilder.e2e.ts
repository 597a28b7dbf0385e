import path from 'node:path'
import { expect, test } from '@playwright/test'
import { readSampleContent } from '../../sample-content/index.ts'
import { adminUser, logIn } from './adminSession.ts'

const content = readSampleContent(path.resolve(import.meta.dirname, '..', '..', 'content'))

test.use({ locale: 'da-DK' })

test('the three sample flows open in the builder with every rule as a sentence', async ({
  page,
}) => {
  await logIn(page, adminUser)
  expect(content.flows).toHaveLength(3)
  for (const flow of content.flows) {
    const found = await page.request.get(
      `/api/flows?where[slug][equals]=${flow.slug}&depth=0&draft=true`,
    )
    const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
    await page.goto(`/admin/collections/flows/${id}`)
    await expect(page.locator('[data-jf-path-map-headline]')).toBeVisible({ timeout: 30_000 })
    // Every step's rule. (The alternative flow's group renders empty in Payload's edit view,
    // before and after the builder came, so its rule is not counted here.)
    const rules = flow.steps.filter((step) => step.showWhen).length
    const sentences = page.locator('[id^="field-steps__"] [data-jf-condition-sentence]')
    await expect(sentences).toHaveCount(rules)
    for (const sentence of await sentences.allInnerTexts())
      expect(sentence).toMatch(/^Vis trinnet, når \S/)
    // Nothing is shown as broken or as a rule the builder cannot read, and no JSON is in sight.
    await expect(page.locator('[data-jf-rule][data-broken]')).toHaveCount(0)
    await expect(page.getByText('En regel, som byggeren ikke kan vise')).toHaveCount(0)
    await expect(page.locator('.json-field, .monaco-editor')).toHaveCount(0)
    // Steps without a rule read "Vises altid".
    const always = flow.steps.filter((step) => !step.showWhen).length
    await expect(
      page.locator('[data-jf-condition]').getByText('Vises altid', { exact: true }),
    ).toHaveCount(always)
  }
})
