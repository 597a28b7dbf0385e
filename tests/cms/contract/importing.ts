import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import type { CollectionSlug, Payload } from 'payload'
import { importSampleContent } from '../../../cms/seed/importSampleContent.ts'
import { SampleContentError } from '../../../sample-content/index.ts'
import { projectRoot, type CmsHarness } from '../harness.ts'

const collections: CollectionSlug[] = [
  'flows',
  'lessons',
  'courses',
  'videos',
  'checklists',
  'faqs',
  'video-files',
  'caption-files',
]

async function counts(payload: Payload) {
  const result: Record<string, number> = {}
  for (const collection of collections)
    result[collection] = (await payload.count({ collection })).totalDocs
  return result
}

/** The sample content import: all or nothing, and idempotent. */
export function importContract(cms: () => CmsHarness): void {
  describe('sample content import', () => {
    test('a broken file is reported with file, line and field, and nothing is imported', async () => {
      const { payload } = cms()
      const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'))
      fs.cpSync(path.join(projectRoot, 'content'), broken, { recursive: true })
      const file = path.join(broken, 'courses', fs.readdirSync(path.join(broken, 'courses'))[0]!)
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^lessons:/m, 'lesons:'))
      const before = await counts(payload)
      const error = await importSampleContent(payload, broken).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(SampleContentError)
      expect((error as Error).message).toMatch(
        new RegExp(`courses/${path.basename(file)}:\\d+ lesons`),
      )
      expect(await counts(payload)).toEqual(before)
    })

    test('imports the sample content once; a second run changes nothing', async () => {
      const { payload } = cms()
      const before = await counts(payload)
      const first = await importSampleContent(payload, path.join(projectRoot, 'content'))
      const afterFirst = await counts(payload)
      expect(afterFirst.flows! - before.flows!).toBeGreaterThanOrEqual(3)
      expect(afterFirst.lessons! - before.lessons!).toBeGreaterThanOrEqual(15)
      expect(first.lessons!.updated).toBe(afterFirst.lessons! - before.lessons!)

      const second = await importSampleContent(payload, path.join(projectRoot, 'content'))
      expect(await counts(payload)).toEqual(afterFirst)
      for (const report of Object.values(second)) {
        expect(report.created + report.updated).toBe(0)
      }
      const video = await payload.find({
        collection: 'videos',
        where: { slug: { equals: 'ring-til-en-arbejdsgiver-tre-raad' } },
        locale: 'all',
        depth: 0,
      })
      expect((video.docs[0] as unknown as { title: unknown }).title).toEqual({
        da: 'Ring til en arbejdsgiver: tre råd',
        en: 'Calling an employer: three tips',
      })
      const published = await payload.find({
        collection: 'flows',
        overrideAccess: false,
        locale: 'da',
        where: { slug: { equals: 'ny-paa-dagpenge' } },
      })
      expect(published.docs[0]?._status).toBe('published')
      // Two whole imports (videos, captions, 60-odd documents): a minute is too tight on a busy 2-core machine.
    }, 180_000)
  })
}
