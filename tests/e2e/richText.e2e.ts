import { expect, test } from '@playwright/test'
import { nestedListLesson } from './prepareContent.ts'

// tests/e2e/prepareContent.ts ends this lesson's Danish body with a nested list and inline code.
test('a nested list keeps its markers and sits inside its item; inline code shows as code', async ({
  page,
}) => {
  await page.goto(`/laer/${nestedListLesson}`)
  const outer = page.locator('.jf-richtext > ul').filter({ hasText: 'Det du vil' })
  await expect(outer).toBeVisible()
  const inner = outer.locator(':scope > li > ul > li')
  await expect(inner).toHaveText(['Det du har lært i dit job', 'Det du har lært i din fritid'])
  const marker = (item: typeof inner) =>
    item.evaluate((li) => getComputedStyle(li, '::before').content)
  // DKFDS draws list markers with ::before: a bullet outside, a ring inside.
  expect(await marker(outer.locator(':scope > li').first())).toBe('"•"')
  expect(await marker(inner.first())).toBe('"◦"')
  // The nested items are indented further than their parent item's text.
  const outerBox = await outer.locator(':scope > li').first().boundingBox()
  const innerBox = await inner.first().boundingBox()
  expect(innerBox!.x).toBeGreaterThan(outerBox!.x)
  await expect(page.locator('.jf-richtext code', { hasText: 'CV' })).toHaveCSS(
    'font-family',
    /mono/i,
  )
})
