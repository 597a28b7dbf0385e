import path from 'node:path'
import { expect, test } from '@playwright/test'
import { readSampleContent } from '../../sample-content/index.ts'
import { adminUser, logIn } from './adminSession.ts'
import { openFlow } from './openFlow.ts'

const content = readSampleContent(path.resolve(import.meta.dirname, '..', '..', 'content'))

test.use({ locale: 'da-DK' })

test('the three sample flows open in the builder with every rule as a sentence', async ({
  page,
}) => {
  await logIn(page, adminUser)
  expect(content.flows).toHaveLength(3)
  for (const flow of content.flows) {
    await openFlow(page, flow.slug)
    // Every step's rule.
    const rules = flow.steps.filter((step) => step.showWhen).length
    const sentences = page.locator('[id^="field-steps__"] [data-jf-condition-sentence]')
    await expect(sentences).toHaveCount(rules)
    for (const sentence of await sentences.allInnerTexts())
      expect(sentence).toMatch(/^Vis trinnet, når \S/)
    // Nothing is shown as broken or as a rule the builder cannot read, and no JSON is in sight.
    await expect(page.locator('[data-jf-rule][data-broken]')).toHaveCount(0)
    await expect(page.getByText('En regel, som byggeren ikke kan vise')).toHaveCount(0)
    await expect(page.locator('.json-field, .monaco-editor')).toHaveCount(0)
    // The alternative flow: its rule as a sentence, the flow it suggests and the message, all
    // there without scrolling (in the page for search and screen readers, not only on screen).
    const fallback = page.locator('#field-fallback')
    const fallbackSentence = fallback.locator('[data-jf-condition-sentence]')
    if (flow.fallback) {
      const target = content.flows.find((other) => other.slug === flow.fallback!.flow)!
      await expect(fallbackSentence).toHaveCount(1)
      await expect(fallbackSentence).toHaveText(/^Foreslå det alternative forløb, når \S/)
      await expect(fallback.locator('#field-fallback__flow')).toContainText(target.title.da)
      await expect(fallback.getByLabel(/^Besked til borgeren/)).toHaveValue(
        flow.fallback.message!.da,
      )
      await fallback.scrollIntoViewIfNeeded()
      await expect(fallbackSentence).toBeVisible()
      await expect(fallback.getByLabel(/^Besked til borgeren/)).toBeVisible()
    } else {
      await expect(fallback.locator('[data-jf-condition]')).toContainText('Foreslås aldrig')
    }
    // Steps without a rule read "Vises altid".
    const always = flow.steps.filter((step) => !step.showWhen).length
    await expect(
      page.locator('[data-jf-condition]').getByText('Vises altid', { exact: true }),
    ).toHaveCount(always)
  }
})
