import { expect, test } from '@playwright/test'
import { markdownToLexical } from '../../sample-content/index.ts'
import { ensureUser, logIn } from './adminSession.ts'
import { adminE2e } from './setup.ts'

const publisher = {
  email: 'synonymer@jobunivers.test',
  password: 'publisher-synonyms-e2e',
  name: 'Udgiver af synonymer',
  role: 'publisher',
}

test('a publisher adds a synonym and publishes an FAQ; after the rebuild a question using the synonym finds it', async ({
  page,
  request,
}) => {
  await ensureUser(request, publisher)
  await logIn(page, publisher)

  await page.goto('/admin/globals/site-settings')
  const synonyms = page.getByRole('textbox', { name: /^(Synonymer|Synonyms)/ })
  await expect(synonyms).toBeVisible()
  await synonyms.fill('hund, vovse')
  await page.getByRole('button', { name: /^(Save|Gem)$/ }).click()
  await expect(page.getByText(/updated successfully|opdateret/i).first()).toBeVisible()

  // The FAQ through the REST API as the same publisher (the page's login cookie).
  const slug = `maa-jeg-tage-min-hund-med-${Date.now()}`
  const created = await page.request.post('/api/faqs?locale=da', {
    data: {
      _status: 'published',
      slug,
      question: 'Må jeg tage min hund med til samtalen?',
      category: 'Samtaler',
      answer: markdownToLexical(
        'Nej. Hunde må ikke komme med ind. En førerhund er altid velkommen.',
      ).richText,
    },
  })
  expect(created.ok(), await created.text()).toBe(true)

  await expect
    .poll(async () => (await request.get(`${adminE2e.siteUrl}/svar/da.json`)).text(), {
      timeout: 150_000,
      intervals: [2000],
    })
    .toContain(slug)
  await page.goto(`${adminE2e.siteUrl}/spoerg#q=${encodeURIComponent('må min vovse komme med')}`)
  await expect(page.locator('main ol.jf-answers > li').first().getByRole('link')).toHaveAttribute(
    'href',
    `/spoergsmaal#${slug}`,
  )
})
