import { expect, test, type Page, type Request } from '@playwright/test'
import { expectNoAxeViolations } from './helpers.ts'

/** Every request the page makes from now on, as full URLs with their bodies. */
function recordRequests(page: Page): string[] {
  const seen: string[] = []
  page.on('request', (request: Request) => {
    seen.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`)
  })
  return seen
}

/** Asks a question from the box on the page and waits for the answers (or "no answer"). */
async function ask(page: Page, label: string, button: string, question: string): Promise<void> {
  await page.getByRole('textbox', { name: label }).fill(question)
  await page.getByRole('button', { name: button, exact: true }).click()
}

const answers = (page: Page) => page.locator('main ol.jf-answers > li')

test('a Danish question from the front page: quoted answers in main, none of it sent', async ({
  page,
}) => {
  const requests = recordRequests(page)
  await page.goto('/')
  await ask(page, 'Dit spørgsmål', 'Spørg', 'må jeg tage på ferie selvom jeg er ledig')
  await expect(page).toHaveURL(/\/spoerg#q=m%C3%A5%20jeg%20tage/)
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    /Vi fandt (et sted|\d steder)/,
  )
  await expect(answers(page).first()).toBeVisible()
  const first = answers(page).first()
  await expect(first.getByRole('link')).toHaveAttribute('href', '/spoergsmaal#maa-jeg-holde-ferie')
  await expect(first.locator('mark').first()).toHaveText(/ferie/i)
  await expect(first).toContainText('Spørgsmål og svar')
  await expect(page.getByRole('textbox', { name: 'Dit spørgsmål' })).toHaveValue(
    'må jeg tage på ferie selvom jeg er ledig',
  )
  for (const word of ['ferie', 'ledig', 'selvom'])
    expect(requests.filter((line) => line.toLowerCase().includes(word))).toEqual([])
  expect(requests.some((line) => line.includes('/svar/da.json'))).toBe(true)
  expect(requests.filter((line) => !line.startsWith('GET http://127.0.0.1'))).toEqual([])
  expect(
    await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]),
  ).toEqual([0, 0, ''])
})

test('the link lands on the FAQ answer, opened', async ({ page }) => {
  await page.goto('/spoerg#q=maa%20jeg%20holde%20ferie')
  await answers(page).first().getByRole('link').click()
  await expect(page).toHaveURL(/\/spoergsmaal#maa-jeg-holde-ferie$/)
  await expect(page.locator('#maa-jeg-holde-ferie')).toBeVisible()
  await expect(page.locator('#maa-jeg-holde-ferie')).toBeInViewport()
})

test("a lesson's section: the link lands on its heading", async ({ page }) => {
  await page.goto('/spoerg#q=hvornaar%20skal%20jeg%20udfylde%20mit%20dagpengekort')
  const link = page.locator('main ol.jf-answers a[href^="/laer/din-a-kasse#"]').first()
  const href = await link.getAttribute('href')
  expect(href).toBe('/laer/din-a-kasse#det-goer-du-hver-maaned')
  await link.click()
  const heading = page.getByRole('heading', { name: 'Det gør du hver måned' })
  await expect(heading).toHaveAttribute('id', 'det-goer-du-hver-maaned')
  await expect(heading).toBeInViewport()
})

test('a video passage links to the moment it is said, and the video starts there', async ({
  page,
}) => {
  await page.goto('/spoerg#q=skriv%20hvert%20job%20ind%20i%20jobloggen%20s%C3%A5%20snart')
  const link = page.locator('main ol.jf-answers a[href^="/video/jobloggen-kort-fortalt#t="]')
  await expect(link.first()).toBeVisible()
  const href = (await link.first().getAttribute('href'))!
  const seconds = Number(/#t=(\d+)$/.exec(href)![1])
  expect(seconds).toBeGreaterThan(0)
  await link.first().click()
  await expect
    .poll(() => page.locator('video').evaluate((video: HTMLVideoElement) => video.currentTime))
    .toBe(seconds)
})

test('in English from the FAQ page, with the back button returning to the last question', async ({
  page,
}) => {
  await page.goto('/en/faq')
  await ask(page, 'Your question', 'Ask', 'can my friend come with me to the meeting')
  await expect(page).toHaveURL(/\/en\/ask#q=can%20my%20friend/)
  await expect(answers(page).first().getByRole('link')).toHaveAttribute(
    'href',
    /^\/en\/(faq#maa-jeg-tage-en-med-til-samtalen|learn\/dine-rettigheder-og-pligter)/,
  )
  await ask(page, 'Your question', 'Ask', 'how do i delete my data')
  await expect(answers(page).first().getByRole('link')).toHaveAttribute(
    'href',
    '/en/faq#kan-jeg-slette-mine-data',
  )
  await page.goBack()
  await expect(page).toHaveURL(/#q=can%20my%20friend/)
  await expect(page.getByRole('textbox', { name: 'Your question' })).toHaveValue(
    'can my friend come with me to the meeting',
  )
  await expect(answers(page).first().getByRole('link')).not.toHaveAttribute(
    'href',
    '/en/faq#kan-jeg-slette-mine-data',
  )
})

test('no answer: says so plainly and shows the contact step', async ({ page }) => {
  await page.goto('/spoerg#q=opskrift%20p%C3%A5%20lasagne')
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    'Vi fandt ikke noget svar på dit spørgsmål. Tal med en person i stedet.',
  )
  await expect(answers(page)).toHaveCount(0)
  const contact = page.locator('[data-ask-none] .jf-contact')
  await expect(contact).toBeVisible()
  await expect(contact.getByRole('link', { name: '70 00 00 00' })).toBeVisible()
  await expect(contact.getByRole('link', { name: /Book en samtale/ })).toBeVisible()
})

test('keyboard only: type, Enter, Tab to the first answer', async ({ page }) => {
  await page.goto('/spoerg')
  await page.getByRole('textbox', { name: 'Dit spørgsmål' }).focus()
  await page.keyboard.type('hvad er en bisidder')
  await page.keyboard.press('Enter')
  await expect(answers(page).first()).toBeVisible()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.locator(':focus')).toHaveAttribute('href', /bisidder|samtalen|rettigheder/)
})

for (const [path, state] of [
  ['/spoerg#q=hvad%20er%20en%20bisidder', 'with answers'],
  ['/spoerg#q=opskrift%20p%C3%A5%20lasagne', 'with no answer'],
  ['/en/ask#q=tips%20for%20my%20cv', 'with answers, English'],
] as const) {
  test(`axe on the ask page ${state}`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('main').getByRole('status')).not.toHaveText('')
    await expect(page.getByRole('main').getByRole('status')).not.toHaveText(/…$/)
    await expectNoAxeViolations(page, `${path} ${state}`)
  })
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('the page says the box needs JavaScript and links the FAQ and the contact details', async ({
    page,
  }) => {
    await page.goto('/')
    await page.getByRole('textbox', { name: 'Dit spørgsmål' }).fill('ferie')
    await page.getByRole('button', { name: 'Spørg', exact: true }).click()
    await expect(page).toHaveURL(/\/spoerg\/?\??$/)
    await expect(page.getByText('Spørgsmålsfeltet kræver JavaScript.')).toBeVisible()
    await expect(
      page.locator('main').getByRole('link', { name: 'Spørgsmål og svar' }),
    ).toBeVisible()
    await expect(page.locator('main').getByRole('link', { name: '70 00 00 00' })).toBeVisible()
  })
})

test.describe('the consented event', () => {
  /** Answers every request to the tracking API with 202 and keeps the events it was sent. */
  async function trackingApi(page: Page): Promise<{ events: Record<string, unknown>[] }> {
    const sent = { events: [] as Record<string, unknown>[] }
    await page.route(
      (url) => url.pathname.startsWith('/v1/'),
      async (route) => {
        const body = route.request().postData()
        if (body) sent.events.push(...(JSON.parse(body) as typeof sent).events)
        await route.fulfill({ status: 202, json: { accepted: 1 } })
      },
    )
    return sent
  }

  test('with consent off nothing is sent', async ({ page }) => {
    const sent = await trackingApi(page)
    const requests = recordRequests(page)
    await page.goto('/spoerg#q=hvad%20er%20en%20bisidder')
    await expect(answers(page).first()).toBeVisible()
    await page.goto('/spoerg#q=opskrift%20p%C3%A5%20lasagne')
    await expect(page.locator('[data-ask-none]')).toBeVisible()
    await page.waitForTimeout(1500)
    expect(sent.events).toEqual([])
    expect(requests.filter((line) => line.includes('/v1/'))).toEqual([])
  })

  test('with consent on, one question_asked event per question: answered or not, and the source opened', async ({
    page,
  }) => {
    const sent = await trackingApi(page)
    await page.goto('/mine-data')
    await page.locator('[data-consent-choice]').first().check()
    await page.goto('/spoerg#q=opskrift%20p%C3%A5%20lasagne')
    await expect(page.locator('[data-ask-none]')).toBeVisible()
    await ask(page, 'Dit spørgsmål', 'Spørg', 'hvad er en bisidder')
    await expect(answers(page).first()).toBeVisible()
    const source = await answers(page).first().getByRole('link').getAttribute('data-source')
    await answers(page).first().getByRole('link').click()
    await page.goto('/laer/din-a-kasse')
    await expect.poll(() => sent.events.length, { timeout: 15_000 }).toBe(2)
    expect(
      sent.events.map((event) => [event.type, event.value, event.content, event.locale]),
    ).toEqual([
      ['question_asked', 0, undefined, 'da'],
      ['question_asked', 1, source, 'da'],
    ])
    const text = JSON.stringify(sent.events)
    for (const word of ['bisidder', 'opskrift', 'lasagne']) expect(text).not.toContain(word)
  })
})
