import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import ICAL from 'ical.js'
import { pickVariant } from '../../flows/index.ts'
import { readSampleContent } from '../../sample-content/index.ts'
import { answer, hydrated, planSteps } from './helpers.ts'

/**
 * Issue 22 in the browser: "Hvorfor?" and "Vis alle trin" by keyboard, announcing their state
 * and making no request; the reason names the answer given and leads back to its question; a
 * variant says so; the calendar file made on the device matches the plan's recurring steps.
 */
const flowSlug = 'ny-paa-dagpenge'
const flow = readSampleContent(path.resolve(import.meta.dirname, '..', '..', 'content')).flows.find(
  (one) => one.slug === flowSlug,
)!
const recurring = new Set(flow.steps.filter((step) => step.reminder).map((step) => step.key))

/** Every request the page makes from now on (a blob: download is the device's own file). */
function requestsFrom(page: Page): string[] {
  const seen: string[] = []
  page.on('request', (request) => {
    if (!/^(blob|data):/.test(request.url())) seen.push(request.url())
  })
  return seen
}

/** The plan for someone registered, who has met nobody yet, without a CV. */
async function planWithoutCv(page: Page): Promise<void> {
  await page.goto(`/forloeb/${flowSlug}`)
  await hydrated(page)
  await answer(page, 'Ja')
  await answer(page, 'Ingen endnu')
  await answer(page, 'Nej')
  await page.locator('.jf-plan').waitFor()
}

const step = (page: Page, key: string) => page.locator(`.jf-plan [data-step="${key}"]`)
const whySelector = (key: string) => `.jf-plan [data-step="${key}"] details.jf-why`

/** The role, name and expanded or pressed state Chromium's accessibility tree gives the element. */
async function announced(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page)
  const { root } = await cdp.send('DOM.getDocument')
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
    nodeId,
    fetchRelatives: false,
  })
  const node = nodes[0]
  await cdp.detach()
  return {
    role: node?.role?.value as unknown,
    name: node?.name?.value as unknown,
    ...Object.fromEntries(
      (node?.properties ?? [])
        .filter((property) => property.name === 'expanded' || property.name === 'pressed')
        .map((property) => [property.name, property.value.value as unknown]),
    ),
  }
}

test('"Hvorfor?" opens by keyboard, names the answer given, and "Ret dine svar" opens that question', async ({
  page,
}) => {
  await planWithoutCv(page)
  const requests = requestsFrom(page)
  const why = page.locator(whySelector('a-kasse'))
  const summary = why.locator('summary')
  await expect(why).not.toHaveAttribute('open')
  await expect(why.locator('.jf-reason-text').first()).toBeHidden()
  await summary.focus()
  await page.keyboard.press('Enter')
  await expect(why).toHaveAttribute('open', '')
  // The disclosure's state as assistive technology reads it.
  expect(await announced(page, `${whySelector('a-kasse')} summary`)).toEqual({
    role: 'DisclosureTriangle',
    name: 'Hvorfor?',
    expanded: true,
  })
  const reason = why.locator('.jf-reason-text').first()
  await expect(reason).toHaveText(
    'Du ser dette trin, fordi du svarede Ingen endnu til Hvem har du allerede haft en samtale med?',
  )
  await expect(reason.locator('strong')).toHaveText([
    'Ingen endnu',
    'Hvem har du allerede haft en samtale med?',
  ])
  await page.keyboard.press('Space')
  await expect(why).not.toHaveAttribute('open')
  expect(await announced(page, `${whySelector('a-kasse')} summary`)).toMatchObject({
    expanded: false,
  })

  // A step for everyone says so, and has nothing to change.
  const everyone = step(page, 'rettigheder').locator('details.jf-why')
  await everyone.locator('summary').focus()
  await page.keyboard.press('Enter')
  await expect(everyone).toContainText('Alle får dette trin.')
  await expect(everyone.getByRole('button', { name: 'Ret dine svar' })).toHaveCount(0)
  expect(requests, 'no request from "Hvorfor?"').toEqual([])

  await summary.focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  const edit = why.getByRole('button', { name: 'Ret dine svar' })
  await expect(edit).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('heading', { name: 'Hvem har du allerede haft en samtale med?' }),
  ).toBeVisible()
  await expect(page.getByLabel('Ingen endnu', { exact: true })).toBeChecked()
})

test('"Vis alle trin" is a pressed/unpressed switch that lists the steps not chosen, with their reason', async ({
  page,
}) => {
  await planWithoutCv(page)
  const planned = await planSteps(page)
  const requests = requestsFrom(page)
  const toggle = page.getByRole('button', { name: 'Vis alle trin' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  expect(await announced(page, '.jf-plan .jf-show-all')).toEqual({
    role: 'button',
    name: 'Vis alle trin',
    pressed: 'true',
  })
  const others = page.locator('.jf-plan [data-not-chosen]')
  const notChosen = await others.evaluateAll((items) =>
    items.map((item) => item.getAttribute('data-not-chosen')),
  )
  // Together with the plan: every step of the flow, once.
  expect([...planned, ...notChosen].sort()).toEqual(flow.steps.map((s) => s.key).sort())
  const registered = page.locator('.jf-plan [data-not-chosen="meld-dig-ledig"]')
  await expect(registered).toContainText('Ikke valgt til dig')
  await expect(registered).toContainText(
    'Du ser ikke dette trin, fordi du svarede Ja til Har du meldt dig ledig på Jobnet?',
  )
  await page.keyboard.press('Space')
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect(others).toHaveCount(0)
  expect(requests, 'no request from "Vis alle trin"').toEqual([])
})

test('a step the variant moved first says the order is chosen at random', async ({ page }) => {
  // A device whose anonymous id lands in the variant that moves steps first.
  const subject = Array.from({ length: 200 }, (_, n) => `e2e-variant-subject-${String(n)}`).find(
    (id) => (pickVariant(flow.variants, id, flowSlug)?.moveFirst.length ?? 0) > 0,
  )!
  const moved = pickVariant(flow.variants, subject, flowSlug)!.moveFirst[0]!
  const state = {
    version: 1,
    subject,
    answers: { [flowSlug]: { 'meldt-ledig': 'no', samtaler: 'ingen', 'cv-klar': 'no' } },
    completed: [],
    checked: {},
  }
  await page.addInitScript((value) => {
    localStorage.setItem('jobunivers:v1', value)
  }, JSON.stringify(state))
  await page.goto(`/forloeb/${flowSlug}`)
  await page.locator('.jf-plan').waitFor()
  expect((await planSteps(page))[0]).toBe(moved)
  const why = step(page, moved).locator('details.jf-why')
  await why.locator('summary').click()
  await expect(why).toContainText(
    'Rækkefølgen er valgt tilfældigt for at blive klogere på, hvad der hjælper. Du kan se alle trin.',
  )
})

/** Downloads the reminders file by keyboard and returns its events as ical.js reads them. */
async function downloadReminders(page: Page): Promise<ICAL.Event[]> {
  const button = page.getByRole('button', { name: 'Tilføj påmindelser til din kalender' })
  await button.focus()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ])
  expect(download.suggestedFilename()).toBe(`paamindelser-${flowSlug}.ics`)
  const text = readFileSync(await download.path(), 'utf8')
  const component = new ICAL.Component(ICAL.parse(text) as unknown[])
  return component.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event))
}

test('the calendar file holds one recurring event with an alarm per open recurring step of the plan', async ({
  page,
}) => {
  await planWithoutCv(page)
  const requests = requestsFrom(page)
  const titleOf = (key: string) => step(page, key).locator('.jf-task-title').innerText()
  const expected = async () => {
    const keys = (await planSteps(page)).filter((key) => recurring.has(key))
    const done = await page
      .locator('.jf-plan [data-status="done"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-step')))
    return Promise.all(keys.filter((key) => !done.includes(key)).map(titleOf))
  }

  const events = await downloadReminders(page)
  expect(events.map((event) => event.summary)).toEqual(await expected())
  expect(events.length).toBe(3)
  for (const event of events) {
    expect(event.component.getFirstPropertyValue('rrule')).toBeTruthy()
    expect(event.component.getFirstSubcomponent('valarm')).toBeTruthy()
    expect(event.uid).toMatch(new RegExp(`^${flowSlug}\\..+@127\\.0\\.0\\.1`))
  }
  expect(events.map((event) => event.description).join(' ')).toContain('dagpengekort')

  // A recurring step marked done leaves the file.
  await step(page, 'joblog').getByRole('button', { name: 'Marker som klaret' }).click()
  await expect(step(page, 'joblog')).toHaveAttribute('data-status', 'done')
  const after = await downloadReminders(page)
  expect(after.map((event) => event.summary)).toEqual(await expected())
  expect(after.length).toBe(2)
  expect(requests, 'the file is made on the device').toEqual([])
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test("the flow page lists each step's reason as text", async ({ page }) => {
    await page.goto(`/forloeb/${flowSlug}`)
    const list = page.locator('.jf-all-steps')
    await expect(list.locator('[data-step="rettigheder"]')).toContainText('Alle får dette trin.')
    await expect(list.locator('[data-step="cv"]')).toContainText(
      'Trinnet er for dig, når Har du et CV på Jobnet, som er klar? er Nej.',
    )
    await page.goto('/en/flows/ny-paa-dagpenge')
    await expect(page.locator('.jf-all-steps [data-step="cv"]')).toContainText(
      'This step is for you when Do you have a CV on Jobnet that is ready? is No.',
    )
  })
})
