import { expect, test, type APIRequestContext } from '@playwright/test'
import { adminUser, logIn } from './adminSession.ts'

/** Every admin view worth visiting: lists, an existing document of each collection, globals, our views. */
async function adminViews(request: APIRequestContext): Promise<string[]> {
  const access = (await (await request.get('/api/access')).json()) as {
    collections: Record<string, { readVersions?: { permission?: boolean } }>
    globals: Record<string, unknown>
  }
  const views = ['/admin', '/admin/account', '/admin/indsigt']
  for (const slug of Object.keys(access.collections)) {
    if (slug.startsWith('payload-')) continue
    views.push(`/admin/collections/${slug}`, `/admin/collections/${slug}/create`)
    const found = (await (await request.get(`/api/${slug}?limit=1&depth=0&draft=true`)).json()) as {
      docs?: { id: string | number }[]
    }
    const first = found.docs?.[0]
    if (first) views.push(`/admin/collections/${slug}/${first.id}`)
    if (first && access.collections[slug]?.readVersions?.permission)
      views.push(`/admin/collections/${slug}/${first.id}/versions`)
  }
  for (const slug of Object.keys(access.globals)) views.push(`/admin/globals/${slug}`)
  return views
}

test('no admin view requests anything from another host', async ({ page }) => {
  test.setTimeout(600_000)
  const cmsOrigin = new URL(String(test.info().project.use.baseURL)).origin
  const elsewhere: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== cmsOrigin) elsewhere.push(`${page.url()} → ${url}`)
  })
  // The CMS's Content-Security-Policy stops such a request before it is sent (so no request
  // event): the browser's report of the refusal counts as the attempt.
  page.on('console', (message) => {
    const text = message.text()
    if (/Content Security Policy/i.test(text) && /https?:\/\//.test(text))
      elsewhere.push(`${page.url()} → ${text.slice(0, 200)}`)
  })
  await logIn(page, adminUser)
  const views = await adminViews(page.request)
  // Every collection and global of the config is visited (the flows edit view among them).
  expect(views).toEqual(
    expect.arrayContaining(['/admin/collections/flows', '/admin/globals/site-settings']),
  )
  expect(views.some((view) => /^\/admin\/collections\/flows\/\d+$/.test(view))).toBe(true)
  for (const view of views) {
    const response = await page.goto(view, { waitUntil: 'networkidle' })
    expect(response?.status(), view).toBeLessThan(400)
    // Some editors (Payload's code and JSON fields) load their scripts a moment after the page settles.
    await page.waitForTimeout(1000)
  }
  expect(elsewhere).toEqual([])
})
