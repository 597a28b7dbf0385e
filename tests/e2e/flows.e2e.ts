import { expect, test } from '@playwright/test'
import { answer, hydrated, planSteps } from './helpers.ts'

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })

const sorted = (keys: string[]) => [...keys].sort()

test.describe('each target group gets the steps its sample flow promises', () => {
  test('newly on dagpenge, not registered, nobody met, no CV: every first-week step', async ({
    page,
  }) => {
    await page.goto('/forloeb/ny-paa-dagpenge')
    await hydrated(page)
    await answer(page, 'Nej')
    await answer(page, 'Ingen endnu')
    await answer(page, 'Nej')
    expect(sorted(await planSteps(page))).toEqual(
      sorted([
        'meld-dig-ledig',
        'rettigheder',
        'a-kasse',
        'foerste-samtaler',
        'foerste-uge',
        'cv',
        'joblog',
        'dine-data',
        'kontakt',
      ]),
    )
  })

  test('newly on dagpenge, registered, met both, CV ready: only what is left', async ({ page }) => {
    await page.goto('/forloeb/ny-paa-dagpenge')
    await hydrated(page)
    await answer(page, 'Ja')
    await answer(page, 'Både a-kassen og jobcentret')
    await answer(page, 'Ja')
    expect(sorted(await planSteps(page))).toEqual(
      sorted(['rettigheder', 'foerste-uge', 'joblog', 'dine-data', 'kontakt']),
    )
  })

  test('short-term unemployed for 3–6 months, calls companies, no interview yet', async ({
    page,
  }) => {
    await page.goto('/forloeb/kort-tid-ledig')
    await hydrated(page)
    await answer(page, 'Tre til seks måneder')
    await answer(page, 'Jeg ringer til firmaer', 'Jeg bruger mit netværk eller LinkedIn')
    await answer(page, 'Nej')
    await answer(page, 'Ja')
    expect(await planSteps(page)).toEqual([
      'fire-maader',
      'ansoegning',
      'uopfordret',
      'netvaerk',
      'jobsamtale',
      'soeg-bredere',
      'kontakt',
    ])
  })

  test('short-term unemployed under a month who does not know the duties is offered the dagpenge flow', async ({
    page,
  }) => {
    await page.goto('/forloeb/kort-tid-ledig')
    await hydrated(page)
    await answer(page, 'Under en måned')
    await answer(page)
    await answer(page, 'Ja')
    await answer(page, 'Nej')
    expect(await planSteps(page)).toContain('pligter')
    await expect(page.getByRole('link', { name: 'Gå til Ny på dagpenge' })).toHaveAttribute(
      'href',
      '/forloeb/ny-paa-dagpenge',
    )
  })

  test('clear job target, in doubt, papers missing, wants help with strengths and companies', async ({
    page,
  }) => {
    await page.goto('/forloeb/klart-jobmaal')
    await hydrated(page)
    await answer(page, 'Jeg er i tvivl')
    await answer(page, 'Nej')
    await answer(page, 'At sætte ord på det, jeg kan', 'At få kontakt til firmaer')
    expect(await planSteps(page)).toEqual([
      'jobmaal',
      'afklar',
      'styrker',
      'papirer',
      'firmaer',
      'kontakt',
    ])
  })
})

test('a whole flow: answers change the plan, back edits them, done lessons and ticks update it and survive a reload', async ({
  page,
}) => {
  await page.goto('/forloeb/ny-paa-dagpenge')
  await hydrated(page)
  await expect(page.getByText('Spørgsmål 1 af 3')).toBeVisible()
  await page.getByRole('button', { name: 'Fortsæt' }).click()
  await expect(page.getByRole('alert')).toContainText('Vælg et svar for at fortsætte.')
  await answer(page, 'Ja')
  await answer(page, 'Både a-kassen og jobcentret')
  await expect(page.getByText('Spørgsmål 3 af 3')).toBeVisible()
  // The browser's back button returns to the previous question with its answer kept.
  await page.goBack()
  await expect(
    page.getByRole('heading', { name: 'Hvem har du allerede haft en samtale med?' }),
  ).toBeFocused()
  await expect(page.getByLabel('Både a-kassen og jobcentret')).toBeChecked()
  // So does the page's own back link.
  await page.getByRole('link', { name: 'Tilbage' }).click()
  await expect(
    page.getByRole('heading', { name: 'Har du meldt dig ledig på Jobnet?' }),
  ).toBeVisible()
  await expect(page.getByLabel('Ja', { exact: true })).toBeChecked()
  await answer(page, 'Ja')
  await answer(page, 'Både a-kassen og jobcentret')
  await answer(page, 'Ja')
  await expect(page.getByRole('heading', { name: 'Dine trin' })).toBeFocused()
  expect(sorted(await planSteps(page))).toEqual(
    sorted(['rettigheder', 'foerste-uge', 'joblog', 'dine-data', 'kontakt']),
  )
  await expect(page.getByRole('status').filter({ hasText: 'trin er klaret' })).toHaveText(
    '0 af 5 trin er klaret. Ca. 30 minutter tilbage.',
  )

  // Changing an answer changes the plan.
  await page.getByRole('button', { name: 'Ret dine svar' }).click()
  await answer(page, 'Ja')
  await answer(page, 'Ingen endnu')
  await answer(page, 'Ja')
  expect(await planSteps(page)).toEqual(expect.arrayContaining(['a-kasse', 'foerste-samtaler']))

  // Marking a lesson done on its page updates the plan.
  await page.locator('[data-step="rettigheder"] h3 a').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dine rettigheder og pligter')
  await page.getByRole('button', { name: 'Marker som færdig' }).click()
  await expect(page.getByText('Du har markeret siden som færdig.')).toBeVisible()
  await page.getByRole('link', { name: 'Tilbage til dine trin' }).click()
  await hydrated(page)
  await expect(page.locator('[data-step="rettigheder"]')).toHaveAttribute('data-status', 'done')
  await expect(page.getByRole('status').filter({ hasText: 'trin er klaret' })).toContainText(
    '1 af 7 trin er klaret.',
  )

  // Ticking every required item of the first-week checklist completes its step and unlocks the course.
  await page.locator('[data-step="foerste-uge"] h3 a').click()
  const boxes = page.locator('[data-checklist] input[type="checkbox"]')
  await expect(boxes.first()).toBeEnabled()
  await boxes.first().check()
  await page.reload()
  await expect(boxes.first()).toBeChecked()
  for (const box of await boxes.all()) await box.check()
  await page.goto('/forloeb/ny-paa-dagpenge')
  await hydrated(page)
  await expect(page.locator('[data-step="foerste-uge"]')).toHaveAttribute('data-status', 'done')
  expect(await planSteps(page)).toContain('find-job')

  // The contact step is marked by hand; progress survives a reload.
  await page
    .locator('[data-step="kontakt"]')
    .getByRole('button', { name: 'Marker som klaret' })
    .click()
  await page.reload()
  await hydrated(page)
  await expect(page.locator('[data-step="kontakt"]')).toHaveAttribute('data-status', 'done')
  await expect(page.locator('[data-step="rettigheder"]')).toHaveAttribute('data-status', 'done')
})

test('a video watched to the end completes its step', async ({ page }) => {
  await page.goto('/forloeb/kort-tid-ledig')
  await hydrated(page)
  await answer(page, 'En til tre måneder')
  await answer(page, 'Jeg søger job i opslag')
  // Whether there was an interview changes nothing for this citizen, so it is not asked.
  await expect(
    page.getByRole('heading', { name: 'Kender du dine pligter som ledig, fx jobloggen?' }),
  ).toBeVisible()
  await answer(page, 'Ja')
  await page.locator('[data-step="ring"] h3 a').click()
  const video = page.locator('video')
  await expect(video.locator('track[srclang="da"]')).toHaveAttribute('default', '')
  await video.evaluate(async (element: HTMLVideoElement) => {
    element.muted = true
    await element.play()
    element.currentTime = Math.max(0, element.duration - 0.1)
  })
  await page.waitForFunction(() =>
    (localStorage.getItem('jobunivers:v1') ?? '').includes(
      'videos/ring-til-en-arbejdsgiver-tre-raad',
    ),
  )
  await page.goBack()
  await hydrated(page)
  await expect(page.locator('[data-step="ring"]')).toHaveAttribute('data-status', 'done')
})
