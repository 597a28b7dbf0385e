import path from 'node:path'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import {
  readSampleContent,
  readSampleMunicipalities,
  type SampleContent,
  readSampleLocalFlows,
} from '../../sample-content/index.ts'
import { forLocale, withRowIds } from './forLocale.ts'
import { importLocalFlows } from './importLocalFlows.ts'
import { importMunicipalities } from './importMunicipalities.ts'
import { municipalityIds, municipalityOf, type MunicipalityIds } from './municipalityIds.ts'
import { hashOf, publishBothLocales } from './publishBothLocales.ts'
import {
  checklistDocument,
  courseDocument,
  faqDocument,
  flowDocument,
  lessonDocument,
  videoDocument,
  type IdMap,
} from './toPayloadDocument.ts'

type Outcome = 'created' | 'updated' | 'unchanged'
/** What an import did, per collection. */
export type ImportReport = Record<string, Record<Outcome, number>>

type Source = {
  slug: string
  municipality?: string | null
  title?: { da: string }
  question?: { da: string }
  category?: { da: string }
}
const order = ['checklists', 'videos', 'faqs', 'lessons', 'courses', 'flows'] as const

/** Fallback targets first, so a flow is published after the flow it suggests. */
function flowsInPublishOrder(flows: SampleContent['flows']): SampleContent['flows'] {
  const sorted: SampleContent['flows'] = []
  const placed = new Set<string>()
  const visit = (flow: SampleContent['flows'][number], seen: Set<string>) => {
    if (placed.has(flow.slug) || seen.has(flow.slug)) return
    seen.add(flow.slug)
    const target = flows.find((other) => other.slug === flow.fallback?.flow)
    if (target) visit(target, seen)
    placed.add(flow.slug)
    sorted.push(flow)
  }
  for (const flow of flows) visit(flow, new Set())
  return sorted
}

/** Every document gets a row first (a bare draft), so references in both directions resolve. */
async function ensureRows(
  payload: Payload,
  req: PayloadRequest,
  content: SampleContent,
  report: ImportReport,
  places: MunicipalityIds,
): Promise<IdMap> {
  const ids: IdMap = {}
  for (const collection of order) {
    ids[collection] = new Map()
    for (const doc of content[collection] as Source[]) {
      const found = await payload.find({
        collection,
        where: { slug: { equals: doc.slug } },
        limit: 1,
        depth: 0,
        draft: true,
        req,
      })
      let id = found.docs[0]?.id
      if (id === undefined) {
        const bare = doc.question
          ? { question: doc.question.da, category: doc.category?.da }
          : { title: doc.title?.da }
        id = (
          await payload.create({
            collection,
            data: {
              ...bare,
              slug: doc.slug,
              municipality: municipalityOf(places, doc) as number | null,
              _status: 'draft',
            },
            draft: true,
            req,
          })
        ).id
        report[collection]!.created++
      }
      ids[collection].set(doc.slug, id)
    }
  }
  return ids
}

async function importGlobal(
  payload: Payload,
  req: PayloadRequest,
  slug: 'site-settings' | 'navigation',
  data: unknown,
  report: ImportReport,
) {
  const sourceHash = hashOf(data)
  const current = (await payload.findGlobal({ slug, depth: 0, showHiddenFields: true, req })) as {
    sourceHash?: string
  }
  if (current.sourceHash === sourceHash) {
    report.globals!.unchanged++
    return
  }
  await payload.updateGlobal({
    slug,
    data: { ...(forLocale(data, 'da') as object), sourceHash },
    locale: 'da',
    req,
  })
  const stored = await payload.findGlobal({
    slug,
    locale: 'en',
    fallbackLocale: false,
    depth: 0,
    req,
  })
  await payload.updateGlobal({
    slug,
    data: { ...(withRowIds(forLocale(data, 'en'), stored) as object), sourceHash },
    locale: 'en',
    req,
  })
  report.globals!.updated++
}

/**
 * Imports the sample content (Markdown files under `contentDir`) into the CMS, published in
 * Danish and English. Every file is read and validated before anything is written, and the
 * writes share one transaction: a broken file changes nothing. Running it twice changes nothing.
 */
export async function importSampleContent(
  payload: Payload,
  contentDir: string,
): Promise<ImportReport> {
  const content = readSampleContent(contentDir)
  const localFlows = readSampleLocalFlows(contentDir).map(({ data }) => data)
  const report: ImportReport = Object.fromEntries(
    [...order, 'local-flows', 'globals', 'municipalities'].map((name) => [
      name,
      { created: 0, updated: 0, unchanged: 0 },
    ]),
  )
  const req = await createLocalReq({ context: { importing: true } }, payload)
  await initTransaction(req)
  try {
    await importGlobal(payload, req, 'site-settings', content.siteSettings, report)
    await importGlobal(payload, req, 'navigation', content.navigation, report)
    await importMunicipalities(
      payload,
      req,
      readSampleMunicipalities(contentDir),
      report.municipalities!,
    )
    const places = await municipalityIds(payload, req)
    const ids = await ensureRows(payload, req, content, report, places)
    const documents: Record<(typeof order)[number], (doc: never) => unknown> = {
      checklists: (doc: SampleContent['checklists'][number]) => checklistDocument(doc),
      videos: (doc: SampleContent['videos'][number]) =>
        videoDocument(payload, req, contentDir, doc),
      faqs: (doc: SampleContent['faqs'][number]) => faqDocument(ids, doc),
      lessons: (doc: SampleContent['lessons'][number]) => lessonDocument(ids, doc),
      courses: (doc: SampleContent['courses'][number]) => courseDocument(ids, doc),
      flows: (doc: SampleContent['flows'][number]) => flowDocument(ids, doc),
    }
    for (const collection of order) {
      const docs =
        collection === 'flows'
          ? flowsInPublishOrder(content.flows)
          : (content[collection] as Source[])
      for (const doc of docs as Source[]) {
        const id = ids[collection]!.get(doc.slug)!
        const files =
          collection === 'videos'
            ? videoFiles(contentDir, doc as SampleContent['videos'][number])
            : []
        const sourceHash = hashOf(doc, files)
        const stored = (await payload.findByID({
          collection,
          id,
          depth: 0,
          draft: false,
          showHiddenFields: true,
          req,
        })) as { sourceHash?: string; _status?: string }
        if (stored.sourceHash === sourceHash && stored._status === 'published') {
          report[collection]!.unchanged++
          continue
        }
        const data = await documents[collection](doc as never)
        const scoped = { ...(data as object), municipality: municipalityOf(places, doc) }
        await publishBothLocales(payload, req, collection, id, scoped, sourceHash)
        report[collection]!.updated++
      }
    }
    await importLocalFlows(payload, req, { localFlows, ids, places }, report['local-flows']!)
    await commitTransaction(req)
    return report
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

function videoFiles(contentDir: string, video: SampleContent['videos'][number]): string[] {
  const sources = [
    video.src,
    video.captions.da.src,
    ...(video.captions.en ? [video.captions.en.src] : []),
  ]
  return sources.map((src) => path.join(contentDir, src))
}
