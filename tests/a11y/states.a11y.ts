import { expect, test, type Page } from '@playwright/test'
import { describeFindings, type Finding } from './lib/findings.ts'
import { answer } from '../e2e/helpers.ts'
import { hydrated, planShown, samplePaths } from './lib/flow.ts'
import { siteDir } from './lib/paths.ts'
import { sitemapPaths } from './lib/sitemap.ts'
import { checkState } from './lib/state.ts'

/**
 * Layer 2: axe (WCAG 2.0/2.1/2.2 A and AA) on every interactive state, at a phone's and a
 * desktop's size. The static pages as loaded are layer 1's (pa11y-ci); here one page of each
 * type is checked as loaded too, because pa11y sees only the desktop width.
 */
const pageTypes = [
  '/',
  '/laer/din-a-kasse',
  '/kurser/find-job-paa-egen-haand',
  '/video/jobloggen-kort-fortalt',
  '/tjekliste/god-ansoegning',
  '/spoergsmaal',
  '/tilgaengelighed',
  '/en/',
  '/en/learn/naar-du-faar-et-job',
  '/en/courses/find-job-paa-egen-haand',
  '/en/faq',
  '/spoerg',
  '/en/ask',
  '/findes-ikke',
]
const built = new Set(sitemapPaths(siteDir))
const myData = ['/mine-data', '/en/my-data'].filter((path) => built.has(path))

const expectNone = (found: Finding[]) => expect(describeFindings(found)).toEqual([])

for (const viewport of [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
]) {
  test.describe(`states at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport })

    test('one page of each type as loaded', async ({ page }) => {
      const found: Finding[] = []
      for (const path of pageTypes) {
        await page.goto(path)
        found.push(...(await checkState(page, 'as loaded')))
      }
      expectNone(found)
    })

    for (const path of samplePaths) {
      test(`${path.flow}: each screening question, then the plan for ${path.group}`, async ({
        page,
      }) => {
        const found: Finding[] = []
        await page.goto(`/forloeb/${path.flow}`)
        await hydrated(page)
        for (const [index, labels] of path.answers.entries()) {
          found.push(...(await checkState(page, `question ${index + 1}`)))
          if (index === 0) {
            await page.getByRole('button', { name: 'Fortsæt' }).click()
            await expect(page.getByRole('alert')).toBeVisible()
            found.push(...(await checkState(page, 'question 1 with the error shown')))
          }
          await answer(page, ...labels)
        }
        await planShown(page)
        found.push(...(await checkState(page, `plan for ${path.group}`)))
        for (const summary of await page.locator('.jf-plan .jf-why summary').all())
          await summary.click()
        found.push(...(await checkState(page, `plan for ${path.group} with a reason open`)))
        await page.getByRole('button', { name: 'Vis alle trin' }).click()
        found.push(...(await checkState(page, `plan for ${path.group} with all steps shown`)))
        await page.locator('.jf-plan .jf-task-actions button').first().click()
        found.push(...(await checkState(page, `plan for ${path.group} with a step marked done`)))
        expectNone(found)
      })
    }

    test('a lesson marked done, with its checklist ticked', async ({ page }) => {
      const found: Finding[] = []
      await page.goto('/laer/din-a-kasse')
      await page.getByRole('button', { name: 'Marker som færdig' }).click()
      await expect(page.locator('[data-done-status]')).not.toBeEmpty()
      found.push(...(await checkState(page, 'lesson marked done')))
      await page.goto('/tjekliste/god-ansoegning')
      const boxes = page.locator('[data-checklist] input')
      await expect(boxes.first()).toBeEnabled()
      await boxes.first().check()
      await boxes.nth(1).check()
      found.push(...(await checkState(page, 'checklist with two items ticked')))
      expectNone(found)
    })

    test('the video page playing with captions on, in both languages', async ({ page }) => {
      const found: Finding[] = []
      for (const path of ['/video/jobloggen-kort-fortalt', '/en/video/jobloggen-kort-fortalt']) {
        await page.goto(path)
        await playWithCaptions(page)
        found.push(...(await checkState(page, 'video playing with captions on')))
      }
      expectNone(found)
    })

    test('an open FAQ answer, and the flow page without its JavaScript', async ({ page }) => {
      const found: Finding[] = []
      await page.goto('/spoergsmaal#hvad-er-jobloggen')
      await expect(page.locator('#hvad-er-jobloggen')).toBeVisible()
      found.push(...(await checkState(page, 'FAQ with an answer open')))
      // axe itself needs JavaScript, so the site's scripts are blocked instead of turned off.
      await page.route('**/_astro/*.js', (route) => route.abort())
      await page.goto('/en/flows/klart-jobmaal')
      found.push(...(await checkState(page, 'flow page without its JavaScript')))
      expectNone(found)
    })

    test('the ask page with answers and with no answer, in both languages', async ({ page }) => {
      const found: Finding[] = []
      for (const [path, state] of [
        ['/spoerg#q=hvad%20er%20en%20bisidder', 'ask page with answers'],
        ['/spoerg#q=opskrift%20p%C3%A5%20lasagne', 'ask page with no answer'],
        ['/en/ask#q=tips%20for%20my%20cv', 'English ask page with answers'],
      ] as const) {
        await page.goto(path)
        await expect(page.locator('[data-ask-status]')).toHaveText(/\.$/)
        found.push(...(await checkState(page, state)))
      }
      expectNone(found)
    })

    // Runs for each "Mine data" page the build has (the page came with the consent issue).
    for (const path of myData) {
      test(`${path} with data, consent on and consent off`, async ({ page }) => {
        const found: Finding[] = []
        await page.goto(
          path.startsWith('/en') ? '/en/flows/ny-paa-dagpenge' : '/forloeb/ny-paa-dagpenge',
        )
        await hydrated(page)
        await answer(page, path.startsWith('/en') ? 'No' : 'Nej')
        await page.goto(path)
        await expect(page.locator('[data-my-data], main').first()).toBeVisible()
        await page.waitForLoadState('networkidle')
        found.push(...(await checkState(page, 'with data')))
        const consent = page.locator('[data-consent-choice]').first()
        await expect(consent).toBeEnabled()
        await consent.check()
        found.push(...(await checkState(page, 'with data, consent on')))
        await consent.uncheck()
        found.push(...(await checkState(page, 'with data, consent off')))
        expectNone(found)
      })
    }
  })
}

/** Starts the video (muted, so no click is needed) with the page language's captions showing. */
async function playWithCaptions(page: Page): Promise<void> {
  await page
    .locator('video')
    .first()
    .evaluate(async (video: HTMLVideoElement) => {
      const lang = document.documentElement.lang
      for (const track of video.textTracks)
        track.mode = track.language === lang ? 'showing' : 'disabled'
      video.muted = true
      await video.play()
    })
  await expect
    .poll(() =>
      page
        .locator('video')
        .first()
        .evaluate((v: HTMLVideoElement) => v.currentTime),
    )
    .toBeGreaterThan(0.2)
  const cues = await page
    .locator('video')
    .first()
    .evaluate(
      (v: HTMLVideoElement) =>
        [...v.textTracks].find((t) => t.mode === 'showing')?.cues?.length ?? 0,
    )
  expect(cues, 'captions are showing').toBeGreaterThan(0)
}
