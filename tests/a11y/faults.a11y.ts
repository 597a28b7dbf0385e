import { expect, test, type Page } from '@playwright/test'
import { runAxe } from './checks/axe.ts'
import { checkHeadings } from './checks/headings.ts'
import { checkLang } from './checks/lang.ts'
import { checkReducedMotion } from './checks/reducedMotion.ts'
import { checkTargetSize } from './checks/targetSize.ts'
import { walkTabOrder } from './checks/tabWalk.ts'
import { faults } from './fixtures/faults.mjs'
import type { Finding, Layer } from './lib/findings.ts'
import { runPa11y } from './lib/pa11y.ts'
import { faultsUrl } from './lib/paths.ts'
import { record } from './lib/record.ts'

/**
 * Seeded faults prove the checks bite: the site built with tests/a11y/fixtures (one broken page
 * per fault) must make each layer report the fault it is there to catch.
 */
test.use({ baseURL: faultsUrl, viewport: { width: 1280, height: 800 } })

const caught = (findings: Finding[], expected: string[]) =>
  expected.filter((rule) => findings.some((f) => f.rule === rule || f.rule.includes(`.${rule}`)))

async function keep(
  page: Page,
  layer: Layer,
  path: string,
  name: string,
  findings: Finding[],
  expected: string[],
) {
  await record(
    page,
    { layer, page: path, state: `seeded fault: ${name}`, rules: expected, findings },
    'faults',
  )
}

test('pa11y-ci (htmlcs and axe) reports the image, contrast and button faults', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const results = await runPa11y(
    faults.map((f) => `${faultsUrl}${f.path}`),
    'faults',
    1,
  )
  for (const fault of faults) {
    const found = results.find((r) => new URL(r.url).pathname.replace(/\/$/, '') === fault.path)
    expect(found?.error, fault.name).toBeUndefined()
    await page.goto(fault.path)
    await keep(page, 'pages', fault.path, fault.name, found?.findings ?? [], fault.expect.pages)
    expect(caught(found?.findings ?? [], fault.expect.pages), fault.name).toEqual(
      fault.expect.pages,
    )
  }
})

for (const fault of faults) {
  test(`${fault.name}: axe, keyboard and page checks report what they should`, async ({ page }) => {
    await page.goto(fault.path)
    await page.waitForLoadState('networkidle')
    const axe = (await runAxe(page)).findings
    await keep(page, 'states', fault.path, fault.name, axe, fault.expect.states)
    const checks = [
      ...(await checkHeadings(page)),
      ...(await checkLang(page)),
      ...(await checkTargetSize(page)),
      ...(await checkReducedMotion(page)),
    ]
    await keep(page, 'checks', fault.path, fault.name, checks, fault.expect.checks)
    await page.goto(fault.path)
    const keyboard = (await walkTabOrder(page)).findings
    await keep(page, 'keyboard', fault.path, fault.name, keyboard, fault.expect.keyboard)
    expect(caught(axe, fault.expect.states), 'axe').toEqual(fault.expect.states)
    expect(caught(checks, fault.expect.checks), 'page checks').toEqual(fault.expect.checks)
    expect(caught(keyboard, fault.expect.keyboard), 'keyboard').toEqual(fault.expect.keyboard)
  })
}
