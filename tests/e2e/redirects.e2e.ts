import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { renamedLesson } from './prepareContent.ts'

// tests/e2e/prepareContent.ts gives the lesson `din-a-kasse` an earlier slug, as the CMS keeps
// it when a published lesson is renamed; the build writes a redirect page at each old address.
const cases = [
  {
    from: `/laer/${renamedLesson.previousSlug}`,
    to: `/laer/${renamedLesson.slug}`,
    title: 'Din a-kasse',
  },
  {
    from: `/en/learn/${renamedLesson.previousSlug}`,
    to: `/en/learn/${renamedLesson.slug}`,
    title: 'Your a-kasse',
  },
]

for (const { from, to, title } of cases) {
  test(`the old address ${from} lands on ${to}`, async ({ page }) => {
    await page.goto(from)
    await expect(page).toHaveURL(new RegExp(`${to}/?$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  })
}

const dist = fileURLToPath(new URL('../../dist/', import.meta.url))

test('without following the refresh, the redirect page links the new page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  // Our server answers old addresses from _redirects with a 301; a host that reads no
  // _redirects serves the built redirect page instead, as this route does.
  await page.route(`**${cases[0]!.from}`, (route) =>
    route.fulfill({
      path: join(dist, cases[0]!.from, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    }),
  )
  // Stay on the redirect page: a 204 answer to the refresh's navigation leaves the page in place.
  await page.route(`**${cases[0]!.to}*`, (route) => route.fulfill({ status: 204 }))
  await page.goto(cases[0]!.from, { waitUntil: 'domcontentloaded' })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden er flyttet')
  await expect(page.getByRole('link', { name: cases[0]!.title })).toHaveAttribute(
    'href',
    cases[0]!.to,
  )
  await context.close()
})
