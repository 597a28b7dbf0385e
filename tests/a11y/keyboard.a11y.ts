import { expect, test } from '@playwright/test'
import { walkTabOrder } from './checks/tabWalk.ts'
import { describeFindings } from './lib/findings.ts'
import { hydrated } from './lib/flow.ts'
import { Journey } from './lib/journey.ts'
import { record } from './lib/record.ts'

/** Layer 3: the keyboard alone — a whole sample flow, the skip link, and every page type's tab order. */
const pageTypes = [
  '/',
  '/forloeb/ny-paa-dagpenge',
  '/laer/din-a-kasse',
  '/kurser/find-job-paa-egen-haand',
  '/video/jobloggen-kort-fortalt',
  '/tjekliste/god-ansoegning',
  '/spoergsmaal',
  '/spoerg',
  '/mine-data',
  '/en/',
  '/en/learn/naar-du-faar-et-job',
  '/en/faq',
]

test.use({ viewport: { width: 1280, height: 800 } })

test('a whole flow with the keyboard only: questions, plan, a step done, the lesson and its checklist', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const j = new Journey(page)
  await page.goto('/forloeb/kort-tid-ledig')
  await hydrated(page)
  const label = (text: string) => page.getByLabel(text, { exact: true })
  const heading = (text: string) => page.getByRole('heading', { name: text })
  await j.press('Tab')
  await j.focusOn('Tab from the top', page.getByRole('link', { name: 'Gå til indhold' }))
  await j.press('Enter')
  await j.focusOn('Enter on the skip link', page.locator('main'), { quiet: true })

  // Question 1 (radios): Tab into the group, arrows move and choose, Enter continues.
  await j.press('Tab')
  await j.focusOn('Tab into question 1', label('Under en måned'))
  await j.press('ArrowDown')
  await j.focusOn('ArrowDown', label('En til tre måneder'))
  await j.press('ArrowDown', 'ArrowUp', 'ArrowDown')
  await j.focusOn('ArrowDown, ArrowUp, ArrowDown', label('Tre til seks måneder'))
  await expect(label('Tre til seks måneder')).toBeChecked()
  await j.press('Enter')
  await j.focusOn('Enter to continue to question 2', heading('Hvordan søger du job i dag?'))

  // Question 2 (checkboxes): Shift+Tab reaches the back link, Tab each box, Space ticks.
  await j.press('Shift+Tab')
  await j.focusOn('Shift+Tab to the back link', page.getByRole('link', { name: 'Tilbage' }))
  await j.press('Tab')
  await j.focusOn('Tab to the first checkbox', label('Jeg søger job i opslag'))
  await j.press('Tab', 'Tab')
  await j.focusOn('Tab twice', label('Jeg ringer til firmaer'))
  await j.press('Space')
  await expect(label('Jeg ringer til firmaer')).toBeChecked()
  await j.press('Shift+Tab')
  await j.focusOn('Shift+Tab back one box', label('Jeg sender uopfordrede ansøgninger'))
  await j.press('Space')
  await j.tabUntil('Tab to Continue', page.getByRole('button', { name: 'Fortsæt' }))
  await j.press('Enter')
  const q3 = 'Har du været til jobsamtale, siden du blev ledig?'
  await j.focusOn('Enter to continue to question 3', heading(q3))

  // Question 3: continuing with nothing chosen moves focus to the error, whose link leads back.
  await j.tabUntil('Tab to Continue', page.getByRole('button', { name: 'Fortsæt' }))
  await j.press('Enter')
  await j.focusOn('Enter with nothing chosen', page.getByRole('alert'), { quiet: true })
  await j.press('Tab')
  await j.focusOn('Tab to the error link', page.getByRole('alert').getByRole('link'))
  await j.press('Enter')
  await j.focusOn('Enter on the error link', label('Ja'))
  await j.press('Space')
  await expect(label('Ja')).toBeChecked()
  await j.press('Enter')
  await j.focusOn(
    'Enter to continue to question 4',
    heading('Kender du dine pligter som ledig, fx jobloggen?'),
  )

  // Question 4, then the plan.
  await j.press('Tab')
  await j.focusOn('Tab into question 4', label('Ja'))
  await j.press('ArrowRight')
  await j.focusOn('ArrowRight', label('Nej'))
  await expect(label('Nej')).toBeChecked()
  await j.press('Enter')
  await j.focusOn('Enter to see the plan', heading('Dine trin'))

  const next = page.getByRole('link', { name: /^Næste trin:/ })
  await j.tabUntil('Tab to the next step', next)
  const markDone = page.locator('.jf-plan .jf-task-actions button').first()
  await j.tabUntil('Tab to the first "mark as done"', markDone)
  await j.press('Space')
  await j.focusOn('Space on "mark as done"', markDone)
  await expect(markDone).toHaveText(/Fortryd|Marker som ikke/)
  await j.tabUntil('Shift+Tab back to the next step', next, 'Shift+Tab')
  const stepHref = await next.getAttribute('href')
  await j.press('Enter')
  await page.waitForURL((url) => url.pathname === stepHref)

  await j.press('Tab')
  await j.focusOn('Tab on the step page', page.getByRole('link', { name: 'Gå til indhold' }))
  await j.press('Enter')
  await j.focusOn('Enter on the skip link', page.locator('main'), { quiet: true })
  const box = page.locator('[data-checklist] input').first()
  if ((await box.count()) > 0) {
    await j.tabUntil('Tab to the first checklist item', box)
    await j.press('Space')
    await expect(box).toBeChecked()
  }
  const done = page.locator('[data-done-button]').first()
  if ((await done.count()) > 0) {
    await j.tabUntil('Tab to "mark as done" on the lesson', done)
    await j.press('Enter')
    await j.focusOn('Enter on "mark as done"', done)
    await expect(page.locator('[data-done-status]').first()).not.toBeEmpty()
  }
  const recorded = await record(page, {
    layer: 'keyboard',
    page: '/forloeb/kort-tid-ledig',
    state: `keyboard journey: ${j.steps.length} actions`,
    rules: ['skip-link', 'focus-order', 'focus-visible', 'focus-not-obscured'],
    findings: j.findings,
  })
  expect(describeFindings(recorded)).toEqual([])
})

for (const path of pageTypes) {
  test(`${path}: the skip link works, every stop is reached, visible, and no trap`, async ({
    page,
  }) => {
    await page.goto(path)
    await hydrated(page)
    const j = new Journey(page)
    await j.press('Tab')
    await j.focusOn('Tab from the top', page.locator('a.skipnav'))
    await j.press('Enter')
    await j.focusOn('Enter on the skip link', page.locator('main'), { quiet: true })
    await j.press('Tab')
    const inMain = await page.evaluate(() =>
      document.querySelector('main')?.contains(document.activeElement),
    )
    await page.goto(path)
    await hydrated(page)
    const walk = await walkTabOrder(page)
    const findings = [...j.findings, ...walk.findings]
    const recorded = await record(page, {
      layer: 'keyboard',
      page: path,
      state: `Tab and Shift+Tab through ${walk.visited.length} stops`,
      rules: [
        'skip-link',
        'keyboard-trap',
        'keyboard-reach',
        'focus-visible',
        'focus-not-obscured',
      ],
      findings,
    })
    expect(describeFindings(recorded)).toEqual([])
    expect(inMain, 'Tab after the skip link lands inside main').toBe(true)
  })
}
