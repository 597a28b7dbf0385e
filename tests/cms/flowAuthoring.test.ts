import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { refusal } from './contract/refusal.ts'
import { createLesson, createUsers, uniqueSlug } from './fixtures.ts'
import { startCms, type CmsHarness } from './harness.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'

type Doc = { id: number | string }
type FlowDoc = Doc & {
  questions: { key: string; options?: { value: string }[] }[]
  steps: { key: string; showWhen?: unknown }[]
}

/**
 * The editor's side of flows through the Local API, as an editor (access control on): keys made
 * from titles on first save and never changed afterwards, and a rule pointing at a deleted
 * option refused at the rule, in the editor's words. SQLite only: the hooks are the same on
 * every database.
 */
describe('flow authoring without keys (SQLite)', () => {
  let cms: CmsHarness
  let users: Record<string, Doc>
  let lesson: Doc
  beforeAll(async () => {
    cms = await startCms('sqlite')
    users = await createUsers(cms.payload)
    lesson = await createLesson(cms.payload, 'published')
  }, 180_000)
  afterAll(async () => mayBeUnset(cms)?.close())

  const flowData = (showWhen: unknown) => ({
    title: 'Hjælp til dit CV',
    slug: uniqueSlug('hjaelp-til-dit-cv'),
    questions: [
      { type: 'yesno', prompt: 'Har du et CV?' },
      {
        type: 'single',
        prompt: 'Hvor længe har du været ledig?',
        options: [{ label: 'Under en måned' }, { label: 'Over et halvt år' }],
      },
    ],
    steps: [
      {
        title: 'Skriv dit CV',
        kind: 'content',
        content: { relationTo: 'lessons', value: lesson.id },
        showWhen,
      },
      { title: 'Tal med os', kind: 'contact' },
    ],
  })

  test('keys are made from the titles on first save and kept when a title changes', async () => {
    const { payload } = cms
    const created = (await payload.create({
      collection: 'flows',
      data: flowData({ answer: 'har-du-et-cv', is: 'no' }) as never,
      draft: true,
      user: users.editor,
      overrideAccess: false,
    })) as unknown as FlowDoc
    expect(created.questions.map((q) => q.key)).toEqual([
      'har-du-et-cv',
      'hvor-laenge-har-du-vaeret-ledig',
    ])
    expect(created.questions[1]!.options!.map((o) => o.value)).toEqual([
      'under-en-maaned',
      'over-et-halvt-aar',
    ])
    expect(created.steps.map((s) => s.key)).toEqual(['skriv-dit-cv', 'tal-med-os'])

    const reworded = (await payload.update({
      collection: 'flows',
      id: created.id,
      data: {
        questions: created.questions.map((q, i) =>
          i === 0 ? { ...q, prompt: 'Har du et CV, du er glad for?' } : q,
        ),
      },
      draft: true,
      user: users.editor,
      overrideAccess: false,
    })) as unknown as FlowDoc
    expect(reworded.questions[0]!.key).toBe('har-du-et-cv')
  })

  test('a rule pointing at a deleted option is refused at the rule, in words', async () => {
    const errors = await refusal(
      cms.payload.create({
        collection: 'flows',
        data: {
          ...flowData({ answer: 'hvor-laenge-har-du-vaeret-ledig', is: 'et-helt-aar' }),
          _status: 'published',
        } as never,
        user: users.publisher,
        overrideAccess: false,
      }),
    )
    const atRule = errors.filter((error) => error.path === 'steps.0.showWhen')
    expect(atRule.map((error) => error.message).join(' ')).toMatch(/et-helt-aar/)
  })
})
