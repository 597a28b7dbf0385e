import type { CollectionName, RawDocument } from '../validate.ts'
import { fetchCollection, getJson, globalUrl, type FetchLike } from './fetchCms.ts'
import type { Row } from './fields.ts'
import { readPreviewDraft, type PreviewDraft } from './readPreviewDraft.ts'
import { mapChecklist, mapCourse, mapLesson } from './mapLesson.ts'
import { mapFaq } from './mapFaq.ts'
import { mapFlow } from './mapFlow.ts'
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
  siteSettings: RawDocument
  navigation: RawDocument
}

/**
 * Reads every published document and both globals from Payload's REST API, anonymously; a
 * preview build also reads one document's latest draft with the editor's login.
 */
export async function readCms(cmsUrl: string, fetchFn: FetchLike, preview?: PreviewDraft): Promise<RawCmsContent> {
  const names = Object.keys(mappers) as CollectionName[]
  const lists = await Promise.all(names.map((name) => fetchCollection(cmsUrl, name, fetchFn)))
  if (preview) {
    const draft = await readPreviewDraft(cmsUrl, preview, fetchFn)
    const index = names.indexOf(draft.collection as CollectionName)
    if (index < 0) throw new Error(`${draft.collection} has no pages on the site to preview`)
    lists[index] = [...(lists[index] ?? []).filter((doc) => doc.id !== draft.doc.id), draft.doc]
  }
  const collections = Object.fromEntries(
    names.map((name, index) => [
      name,
      (lists[index] ?? []).map((doc) => ({
        id: String(doc.id ?? doc.slug),
        data: reduceInternalLinks(mappers[name](doc)),
      })),
    ]),
  ) as Record<CollectionName, RawDocument[]>
  const [settings, navigation] = await Promise.all([
    getJson(globalUrl(cmsUrl, 'site-settings'), fetchFn),
    getJson(globalUrl(cmsUrl, 'navigation'), fetchFn),
  ])
  return {
    collections,
    siteSettings: { id: 'site-settings', data: mapSiteSettings(settings) },
    navigation: { id: 'navigation', data: mapNavigation(navigation) },
  }
}
