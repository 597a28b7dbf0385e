// The loader against the real CMS (the harness's Payload with the sample content imported,
// its municipalities included): a local lesson and a municipality's version of a national flow,
// published through the Local API, arrive with their municipality's code and their flow's slug.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSiteContent } from '../../site/content/load.ts'
import { ContentError } from '../../site/content/validate.ts'
import { createLesson } from '../cms/fixtures.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'
import { startServedCms, writePastValidation, type ServedCms } from './realCms.ts'

const contentDir = new URL('../../content', import.meta.url).pathname
let cms: ServedCms
const stageDir = mkdtempSync(join(tmpdir(), 'jobunivers-local-real-'))
beforeAll(async () => {
  cms = await startServedCms()
})
afterAll(async () => {
  await mayBeUnset(cms)?.close()
  rmSync(stageDir, { recursive: true, force: true })
})

const load = () => loadSiteContent({ cmsUrl: cms.url, contentDir, stageDir })

/** The CMS id of a document found by one field. */
async function idOf(collection: 'municipalities', field: string, value: string) {
  const { docs } = await cms.payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
  })
  const id = docs[0]?.id
  if (id === undefined)
    throw new Error(`${collection} ${field}=${value} missing from the sample import`)
  return id
}

describe('local content from the real CMS', () => {
  it('reads the municipalities, local flows and local lessons the import wrote, as the files have them', async () => {
    const fromCms = await load()
    const fromFiles = await loadSiteContent({ contentDir, stageDir })
    // In one order, and without empty fields (the CMS answers null where a file leaves one out).
    const comparable = <T>(list: T[], key: (item: T) => string): unknown[] =>
      [...list]
        .sort((a, b) => key(a).localeCompare(key(b)))
        .map(
          (item) =>
            JSON.parse(
              JSON.stringify(item, (_, v: unknown) => (v === null ? undefined : v)),
            ) as unknown,
        )
    const code = (m: { code: string }) => m.code
    const version = (v: { municipality: string; flow: string }) => `${v.municipality} ${v.flow}`
    expect(comparable(fromCms.municipalities, code)).toEqual(
      comparable(fromFiles.municipalities, code),
    )
    expect(fromCms.localFlows.length).toBeGreaterThan(0)
    expect(comparable(fromCms.localFlows, version)).toEqual(
      comparable(fromFiles.localFlows, version),
    )
    const scoped = (lessons: { slug: string; municipality?: string | null }[]) =>
      lessons
        .filter((l) => l.municipality)
        .map((l) => `${l.municipality} ${l.slug}`)
        .sort()
    expect(scoped(fromCms.lessons)).toEqual(scoped(fromFiles.lessons))
  })

  it('gives a lesson published for a municipality that municipality’s code', async () => {
    const thisted = await idOf('municipalities', 'code', '787')
    const lesson = await createLesson(cms.payload, 'published', { municipality: thisted })
    try {
      const content = await load()
      expect(content.lessons.find((l) => l.slug === lesson.slug)?.municipality).toBe('787')
    } finally {
      await cms.payload.delete({ collection: 'lessons', id: lesson.id })
    }
  })

  it('fails naming the municipality when its contact breaks the schema', async () => {
    const aarhus = await idOf('municipalities', 'code', '751')
    const before = await cms.payload.findByID({ collection: 'municipalities', id: aarhus })
    await writePastValidation(
      cms.payload,
      'UPDATE municipalities SET contact_phone = NULL WHERE id = ?',
      [aarhus],
    )
    try {
      const problems = await load().then(
        () => [],
        (error: unknown) => (error instanceof ContentError ? error.problems : [String(error)]),
      )
      expect(problems).toEqual([
        expect.objectContaining({
          collection: 'municipalities',
          id: String(aarhus),
          field: 'contact.phone',
        }),
      ])
    } finally {
      await cms.payload.update({
        collection: 'municipalities',
        id: aarhus,
        data: { contact: before.contact },
      })
    }
  })
})
