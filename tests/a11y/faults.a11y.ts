import { expect, test, type Page } from '@playwright/test'
import { runAxe } from './checks/axe.ts'
import { walkTabOrder } from './checks/tabWalk.ts'
import { runPageChecks } from './checks/pageChecks.ts'
import { faults, twinPath } from './fixtures/faults.mjs'
import { writeVerdict } from './fixtures/verdicts.ts'
import { describeFindings, type Finding, type Layer } from './lib/findings.ts'
import { hydrated } from './lib/flow.ts'
import { runPa11y } from './lib/pa11y.ts'
import { faultsUrl } from './lib/paths.ts'
import { record } from './lib/record.ts'
import { siteRules } from './lib/siteRules.ts'

/**
 * Seeded faults prove the checks bite: the site built with tests/a11y/fixtures holds one broken
 * page per fault, its broken element marked data-seeded-fault, and beside it a clean twin (the
 * same page with the mistake put right). A fault is caught only when each layer reports its
 * rule ON the seeded element and reports nothing for that rule on the twin, so a check that
 * reports the wrong element, or fires on every page, fails here.
 */
test.use({ baseURL: faultsUrl, viewport: { width: 1280, height: 800 } })

/**
 * Own rules no check reports as a finding: keyboard.a11y.ts asserts them as focus expectations
 * (the first Tab lands on the skip link, focus lands on the new heading) and fails there.
 */
const assertedNotReported = new Set(['skip-link', 'focus-order'])

const matches = (finding: Finding, rule: string) =>
  finding.rule === rule || finding.rule.includes(`.${rule}`)

/**
 * In the page: for each finding's selector, whether it finds exactly one element and that is
 * the element marked data-seeded-fault or inside it. A selector that finds nothing, several
 * elements or something outside the seeded element does not count.
 */
function onSeededElement(selectors: string[]): boolean[] {
  const seeded = [...document.querySelectorAll('[data-seeded-fault]')]
  return selectors.map((selector) => {
    let found: Element[]
    try {
      found = [...document.querySelectorAll(selector.replace(/::?(before|after)$/, ''))]
    } catch {
      return false // not a CSS selector (such as "video 1")
    }
    return found.length === 1 && seeded.some((s) => s.contains(found[0]!))
  })
}

/** Which `expected` rules the findings report on the seeded element of the page now loaded. */
async function reportedOnSeeded(
  page: Page,
  findings: Finding[],
  expected: string[],
): Promise<string[]> {
  const hits = await page.evaluate(
    onSeededElement,
    findings.map((f) => f.element),
  )
  return expected.filter((rule) => findings.some((f, i) => hits[i] && matches(f, rule)))
}

/** The page checks as pages.a11y.ts runs them: 320×640 with reduced motion, then 1280×800. */
async function pageChecks(page: Page, path: string): Promise<Finding[]> {
  await page.setViewportSize({ width: 320, height: 640 })
  const { findings } = await runPageChecks(page, path)
  await page.emulateMedia({ reducedMotion: null })
  return findings
}

/** The tab walk as keyboard.a11y.ts runs it, at 1280×800. */
async function keyboardWalk(page: Page, path: string): Promise<Finding[]> {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(path)
  await hydrated(page)
  return (await walkTabOrder(page)).findings
}

/** axe as states.a11y.ts runs it, on the page as loaded. */
async function axeOnLoad(page: Page, path: string): Promise<Finding[]> {
  await page.goto(path)
  await page.waitForLoadState('networkidle')
  return (await runAxe(page)).findings
}

const layerRuns: Record<
  Exclude<Layer, 'pages'>,
  (page: Page, path: string) => Promise<Finding[]>
> = { states: axeOnLoad, checks: pageChecks, keyboard: keyboardWalk }

/** Records a fault page for the report and judges it; returns what to assert. */
async function judge(
  page: Page,
  fault: (typeof faults)[number],
  layer: Layer,
  seeded: { findings: Finding[]; onSeeded: string[] },
  twinFindings: Finding[],
) {
  const expected = fault.expect[layer]
  const onTwin = expected.filter((rule) => twinFindings.some((f) => matches(f, rule)))
  const caught = seeded.onSeeded.length === expected.length && onTwin.length === 0
  writeVerdict({ fault: fault.name, layer, expected, onSeeded: seeded.onSeeded, onTwin, caught })
  await record(
    page,
    {
      layer,
      page: twinPath(fault),
      state: `clean twin of the seeded fault: ${fault.name}`,
      rules: expected,
      findings: twinFindings,
    },
    'faults',
  )
  return { expected, onTwin, caught }
}

test('every own check that reports findings has a seeded fault', () => {
  const seeded = new Set(faults.flatMap((f) => [...f.expect.checks, ...f.expect.keyboard]))
  const own = Object.keys(siteRules).filter((rule) => !assertedNotReported.has(rule))
  expect(own.filter((rule) => !seeded.has(rule))).toEqual([])
  expect([...seeded].filter((rule) => !own.includes(rule))).toEqual([])
})

test('pa11y-ci (htmlcs and axe) reports the image, contrast and button faults on their elements', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const withPages = faults.filter((f) => f.expect.pages.length > 0)
  const paths = withPages.flatMap((f) => [f.path, twinPath(f)])
  const results = await runPa11y(
    paths.map((p) => `${faultsUrl}${p}`),
    'faults',
    1,
  )
  const findingsOf = (path: string) => {
    const found = results.find((r) => new URL(r.url).pathname.replace(/\/$/, '') === path)
    expect(found, `pa11y-ci result for ${path}`).toBeDefined()
    expect(found?.error, path).toBeUndefined()
    return found?.findings ?? []
  }
  for (const fault of withPages) {
    const findings = findingsOf(fault.path)
    await page.goto(fault.path)
    const onSeeded = await reportedOnSeeded(page, findings, fault.expect.pages)
    await record(
      page,
      {
        layer: 'pages',
        page: fault.path,
        state: `seeded fault: ${fault.name}`,
        rules: fault.expect.pages,
        findings,
      },
      'faults',
    )
    const verdict = await judge(
      page,
      fault,
      'pages',
      { findings, onSeeded },
      findingsOf(twinPath(fault)),
    )
    expect.soft(onSeeded, `${fault.name}: on the seeded element`).toEqual(fault.expect.pages)
    expect.soft(verdict.onTwin, `${fault.name}: on the clean twin`).toEqual([])
  }
})

for (const fault of faults) {
  const layers = (['states', 'checks', 'keyboard'] as const).filter(
    (layer) => fault.expect[layer].length > 0,
  )
  if (layers.length === 0) continue
  test(`${fault.name}: ${layers.map((l) => fault.expect[l].join(', ')).join(', ')} on the seeded element, not on the clean twin`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    for (const layer of layers) {
      const expected = fault.expect[layer]
      const findings = await layerRuns[layer](page, fault.path)
      expect(
        await page.locator('[data-seeded-fault]').count(),
        'the fault page marks its broken element',
      ).toBeGreaterThan(0)
      const onSeeded = await reportedOnSeeded(page, findings, expected)
      await record(
        page,
        {
          layer,
          page: fault.path,
          state: `seeded fault: ${fault.name}`,
          rules: expected,
          findings,
        },
        'faults',
      )
      const twinFindings = await layerRuns[layer](page, twinPath(fault))
      expect(await page.locator('[data-seeded-fault]').count(), 'the twin has no fault').toBe(0)
      await judge(page, fault, layer, { findings, onSeeded }, twinFindings)
      const own = (list: Finding[]) =>
        describeFindings(list.filter((f) => expected.some((r) => matches(f, r))))
      expect
        .soft(
          onSeeded,
          `${layer}: reported on the seeded element; found: ${JSON.stringify(own(findings))}`,
        )
        .toEqual(expected)
      expect.soft(own(twinFindings), `${layer}: reported on the clean twin`).toEqual([])
    }
  })
}
