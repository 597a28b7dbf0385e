import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadSiteContent } from '../../site/content/load.ts'

/**
 * Against a real, running CMS (opt in): SITE_TEST_CMS_URL, SITE_TEST_CMS_EMAIL and
 * SITE_TEST_CMS_PASSWORD of an admin. It writes a never-published draft and a newer draft of a
 * published lesson, then loads the site's content anonymously and checks neither shows.
 * Use a throwaway CMS (JOBUNIVERS_DATA_DIR pointing at a temp dir): it leaves the draft behind.
 */
const url = process.env.SITE_TEST_CMS_URL
const email = process.env.SITE_TEST_CMS_EMAIL
const password = process.env.SITE_TEST_CMS_PASSWORD
const stageDir = mkdtempSync(join(tmpdir(), 'jobunivers-live-'))
afterAll(() => rmSync(stageDir, { recursive: true, force: true }))

const text = (value: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: null,
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: null,
        textFormat: 0,
        children: [
          {
            type: 'text',
            text: value,
            format: 0,
            detail: 0,
            mode: 'normal',
            style: '',
            version: 1,
          },
        ],
      },
    ],
  },
})

describe.runIf(url && email && password)('the loader against a running CMS', () => {
  it('never lets a draft reach the site', async () => {
    const login = await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    const { token } = (await login.json()) as { token: string }
    const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const slug = `kladde-${Date.now()}`
    const draft = await fetch(`${url}/api/lessons?draft=true&locale=da`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        title: 'Kladde',
        slug,
        summary: 'Kladde.',
        minutes: 2,
        _status: 'draft',
        body: [{ blockType: 'richText', content: text('Kladde.') }],
      }),
    })
    expect(draft.ok).toBe(true)
    const published = (await (
      await fetch(`${url}/api/lessons?limit=1&depth=0&locale=da`, { headers: auth })
    ).json()) as { docs: { id: number; title: string }[] }
    const target = published.docs[0]!
    const newer = await fetch(`${url}/api/lessons/${target.id}?draft=true&locale=da`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ title: 'Ny kladdetitel' }),
    })
    expect(newer.ok).toBe(true)

    const content = await loadSiteContent({ cmsUrl: url, contentDir: '', stageDir })
    expect(content.lessons.map((lesson) => lesson.slug)).not.toContain(slug)
    expect(content.lessons.map((lesson) => lesson.title.da)).not.toContain('Ny kladdetitel')
  })
})
