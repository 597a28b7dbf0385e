import { messages } from '../messages.ts'
import type { CollectionName, ContentProblem, RawDocument } from '../validate.ts'
import { fetchCollection, getJson, globalUrl, type FetchLike } from './fetchCms.ts'
import type { Row } from './fields.ts'
import { readPreviewDraft, type PreviewDraft } from './readPreviewDraft.ts'
import { mapChecklist, mapCourse, mapLesson } from './mapLesson.ts'
import { mapFaq } from './mapFaq.ts'
import { mapFlow } from './mapFlow.ts'
import { mapLocalFlow, mapMunicipality, municipalityCodeOf } from './mapMunicipality.ts'
import { mapNavigation, mapSiteSettings } from './mapGlobals.ts'
import { mapVideo } from './mapVideo.ts'
import { reduceInternalLinks } from './richTextLinks.ts'

/** One mapper per collection: Payload's REST shape into the content-models shape. */
const mappers: Record<CollectionName, (doc: Row) => Row> = {
  flows: mapFlow,
  lessons: mapLesson,
  courses: mapCourse,
  videos: mapVideo,
  checklists: mapChecklist,
  faqs: mapFaq,
}

/** Everything the CMS publishes, mapped but not yet validated. */
export type RawCmsContent = {
  collections: Record<CollectionName, RawDocument[]>
  municipalities: RawDocument[]
  localFlows: RawDocument[]
  siteSettings: RawDocument
  navigation: RawDocument
  /** Relationships to a municipality the public cannot read. */
  problems: ContentProblem[]
}

/** The CMS's municipalities collection (no drafts: the public reads every one). */
const municipalitiesRead = { drafts: false }
/** Municipalities' versions of national flows; an install from before them has none. */
const localFlowsRead = { optional: true }

/** The municipality codes by CMS id, and a resolver that reports an id it does not know. */
function municipalityResolver(municipalities: Row[], problems: ContentProblem[]) {
  const codeById = new Map(municipalities.map((doc) => [String(doc.id), String(doc.code)]))
  return (collection: string, doc: Row, mapped: Row): Row => {
    const code = municipalityCodeOf(doc.municipality, codeById)
    if (code === null || typeof code === 'string') return { ...mapped, municipality: code }
    const slug = typeof doc.slug === 'string' ? doc.slug : undefined
    problems.push({ collection, id: String(doc.id), slug, field: 'municipality', message: messages.unreadableMunicipality(code.unknownId) })
    return mapped
  }
}

/**
 * Reads every published document and both globals from Payload's REST API, anonymously; a
 * preview build also reads one document's latest draft with the editor's login.
 */
export async function readCms(cmsUrl: string, fetchFn: FetchLike, preview?: PreviewDraft): Promise<RawCmsContent> {
  const names = Object.keys(mappers) as CollectionName[]
  const [lists, municipalityRows, localFlowRows] = await Promise.all([
    Promise.all(names.map((name) => fetchCollection(cmsUrl, name, fetchFn))),
    fetchCollection(cmsUrl, 'municipalities', fetchFn, municipalitiesRead),
    fetchCollection(cmsUrl, 'local-flows', fetchFn, localFlowsRead),
  ])
  if (preview) {
    const draft = await readPreviewDraft(cmsUrl, preview, fetchFn)
    const index = names.indexOf(draft.collection as CollectionName)
    if (index < 0) throw new Error(`${draft.collection} has no pages on the site to preview`)
    lists[index] = [...(lists[index] ?? []).filter((doc) => doc.id !== draft.doc.id), draft.doc]
  }
  const problems: ContentProblem[] = []
  const withMunicipality = municipalityResolver(municipalityRows, problems)
  const collections = Object.fromEntries(
    names.map((name, index) => [
      name,
      (lists[index] ?? []).map((doc) => ({
        id: String(doc.id ?? doc.slug),
        data: withMunicipality(name, doc, reduceInternalLinks(mappers[name](doc))),
      })),
    ]),
  ) as Record<CollectionName, RawDocument[]>
  const flowSlugById = new Map((lists[names.indexOf('flows')] ?? []).map((doc) => [String(doc.id), String(doc.slug)]))
  const [settings, navigation] = await Promise.all([
    getJson(globalUrl(cmsUrl, 'site-settings'), fetchFn),
    getJson(globalUrl(cmsUrl, 'navigation'), fetchFn),
  ])
  return {
    collections,
    municipalities: municipalityRows.map((doc) => ({ id: String(doc.id), data: mapMunicipality(doc) })),
    localFlows: localFlowRows.map((doc) => ({
      id: String(doc.id),
      data: withMunicipality('local-flows', doc, mapLocalFlow(doc, flowSlugById)),
    })),
    problems,
    siteSettings: { id: 'site-settings', data: mapSiteSettings(settings) },
    navigation: { id: 'navigation', data: mapNavigation(navigation) },
  }
}
