import { expect, test, type Page } from '@playwright/test'
import { answer, expectNoAxeViolations, hydrated } from './helpers.ts'
import { exported, sendingState, subjectOf, turnOnSharing } from './trackingHelpers.ts'

/** A citizen with answers, a ticked item and, when `share`, events on the server. */
async function citizenWithData(page: Page, share: boolean): Promise<string> {
  await page.goto('/forloeb/klart-jobmaal')
  await hydrated(page)
  if (share) await turnOnSharing(page)
  const subject = await subjectOf(page)
  await answer(page, 'Helt sikker')
  await answer(page, 'Ja')
  await answer(page, 'At blive klar til jobsamtaler')
  await page.locator('[data-step="jobmaal"] button').click()
  if (share) await expect.poll(async () => (await exported(subject)).length).toBe(5)
  return subject
}

test('Mine data shows the device’s data and the server’s, in words', async ({ page }) => {
  const subject = await citizenWithData(page, true)
  await page.goto('/mine-data')
  await expect(page.locator('[data-subject]')).toHaveText(subject)
  await expect(page.locator('[data-answers]')).toContainText('Hvor sikker er du på dit jobmål?')
  await expect(page.locator('[data-answers]')).toContainText('Helt sikker')
  await expect(page.locator('[data-server-status]')).toHaveText('Vi har 5 hændelser gemt.')
  await expect(page.locator('[data-server-events] tbody tr')).toHaveCount(5)
  await expect(page.locator('[data-server-events]')).toContainText('Startede forløbet')
  await expect(page.getByLabel('Ja, send anonyme data om mine fremskridt')).toBeChecked()
})

test('"Erase everything" leaves zero events on the server and nothing in localStorage', async ({
  page,
}) => {
  const subject = await citizenWithData(page, true)
  await page.goto('/mine-data')
  await page.getByRole('button', { name: 'Slet alt' }).click()
  await expect(page.getByText('Er du sikker? Det kan ikke fortrydes.')).toBeFocused()
  await page.getByRole('button', { name: 'Ja, slet alt' }).click()
  await expect(page.locator('[data-erase-status]')).toHaveText(
    'Alt er slettet: der er intet på serveren og intet på denne enhed.',
  )
  await expect(page.locator('[data-erase-status]')).toBeFocused()
  expect(await exported(subject)).toEqual([])
  expect(await page.evaluate(() => localStorage.length)).toBe(0)
  await expect(page.getByLabel('Ja, send anonyme data om mine fremskridt')).not.toBeChecked()
})

test('"Erase everything" erases nothing when the server cannot be reached', async ({
  page,
  context,
}) => {
  const subject = await citizenWithData(page, true)
  await page.goto('/mine-data')
  await context.route('**/v1/subjects/**', (route) => route.abort('connectionrefused'))
  await page.getByRole('button', { name: 'Slet alt' }).click()
  await page.getByRole('button', { name: 'Ja, slet alt' }).click()
  await expect(page.locator('[data-erase-status]')).toContainText('har ikke slettet noget')
  expect(await subjectOf(page)).toBe(subject)
  expect((await sendingState(page))?.consent).toBe(true)
})

test('a new anonymous id replaces the old one; sharing off drops the queue', async ({ page }) => {
  const subject = await citizenWithData(page, false)
  await page.goto('/en/my-data')
  await page.getByRole('button', { name: 'Make a new id' }).click()
  await expect(page.locator('[data-new-id-status]')).toHaveText('You have a new anonymous id.')
  const fresh = await subjectOf(page)
  expect(fresh).not.toBe(subject)
  await expect(page.locator('[data-subject]')).toHaveText(fresh)
})

test('the download holds the device state, the sending state and the server’s events', async ({
  page,
}) => {
  const subject = await citizenWithData(page, true)
  await page.goto('/mine-data')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Hent alt som fil' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('jobunivers-mine-data.json')
  const data = JSON.parse(
    await new Promise<string>((resolve, reject) => {
      void file.createReadStream().then((stream) => {
        let text = ''
        stream.on('data', (chunk: Buffer) => (text += chunk.toString()))
        stream.on('end', () => resolve(text))
        stream.on('error', reject)
      })
    }),
  ) as {
    device: { subject: string }
    sending: { consent: boolean }
    server: Record<string, unknown[]>
  }
  expect(data.device.subject).toBe(subject)
  expect(data.sending.consent).toBe(true)
  expect(data.server[subject]).toHaveLength(5)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('Mine data says where the data lives', async ({ page }) => {
    await page.goto('/mine-data')
    await expect(page.getByText('ligger kun i din browser på denne enhed').first()).toBeVisible()
    await expect(page.locator('[data-my-data]')).toBeHidden()
  })
})

for (const width of [320, 1280]) {
  test.describe(`axe on Mine data at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })
    for (const share of [true, false]) {
      test(`with data, sharing ${share ? 'on' : 'off'}: no violations`, async ({ page }) => {
        await citizenWithData(page, share)
        await page.goto('/mine-data')
        await expect(page.locator('[data-server-status]')).not.toHaveText(/^(Henter …)?$/)
        await expectNoAxeViolations(page, `Mine data, sharing ${share ? 'on' : 'off'}`)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        )
      })
    }
    test('the erase confirmation has no violations', async ({ page }) => {
      await citizenWithData(page, false)
      await page.goto('/mine-data')
      await page.getByRole('button', { name: 'Slet alt' }).click()
      await expectNoAxeViolations(page, 'Mine data, confirming erase')
    })
  })
}
