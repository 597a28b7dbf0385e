import { expect, test } from '@playwright/test'
import { logIn } from './adminSession.ts'
import { adminE2e } from './setup.ts'

/** An editor of this spec's own: writes drafts, may not publish. */
const editor = {
  email: 'forhaandsvisning@jobunivers.test',
  password: 'preview-editor-password-e2e',
  name: 'Redaktør (forhåndsvisning)',
  role: 'editor',
}

test.beforeAll(async ({ request }) => {
  const login = await request.post(`${adminE2e.cmsUrl}/api/users/login`, {
    data: { email: 'admin@jobunivers.local', password: adminE2e.adminPassword },
  })
  expect(login.ok()).toBe(true)
  const headers = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  const existing = await request.get(
    `${adminE2e.cmsUrl}/api/users?where[email][equals]=${encodeURIComponent(editor.email)}`,
    { headers },
  )
  if (((await existing.json()) as { totalDocs: number }).totalDocs > 0) return
  const created = await request.post(`${adminE2e.cmsUrl}/api/users`, { headers, data: editor })
  expect(created.ok()).toBe(true)
})

test('an editor previews a draft as the citizen will see it; the public sees neither draft nor preview', async ({
  page,
  request,
}) => {
  await logIn(page, editor)
  // The session is the editor's, not an admin's.
  const me = (await (await page.request.get('/api/users/me')).json()) as {
    user: { email: string; role: string }
  }
  expect(me.user).toMatchObject({ email: editor.email, role: 'editor' })

  const found = await page.request.get(
    '/api/lessons?where[slug][equals]=forbered-din-jobsamtale&depth=0',
  )
  const lesson = ((await found.json()) as { docs: { id: number; title: string }[] }).docs[0]!
  const draftTitle = `Kladde: forbered dig godt ${Date.now()}`
  const saved = await page.request.patch(`/api/lessons/${lesson.id}?draft=true&locale=da`, {
    data: { title: draftTitle },
  })
  expect(saved.ok()).toBe(true)

  await page.goto(`/api/preview/lessons/${lesson.id}?locale=da`)
  await expect(page).toHaveURL(`${adminE2e.previewUrl}/laer/forbered-din-jobsamtale`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(draftTitle)
  await expect(page.getByRole('note')).toContainText('Forhåndsvisning af en kladde')

  const anonymous = await request.get(`${adminE2e.previewUrl}/laer/forbered-din-jobsamtale/`)
  expect(anonymous.status()).toBe(401)
  expect(await anonymous.text()).not.toContain(draftTitle)
  const publicPage = await request.get(`${adminE2e.siteUrl}/laer/forbered-din-jobsamtale/`)
  expect(await publicPage.text()).toContain(lesson.title)
  expect(await publicPage.text()).not.toContain(draftTitle)
})
