import { join } from 'node:path'
import {
  checklist,
  course,
  faq,
  flow,
  lesson,
  localFlow,
  municipalities,
  navigation,
  siteSettings,
  video,
  type LocalFlow,
  type Municipality,
} from '../../content-models/index.ts'
import {
  readSampleContent,
  readSampleLocalFlows,
  readSampleMunicipalities,
  type SampleContent,
} from '../../sample-content/index.ts'
import { checkLocalContent, localWithoutPages, type Identified, type LocalCheckInput } from './checkLocal.ts'
import type { FetchLike } from './payloadRest/fetchCms.ts'
import { readCms } from './payloadRest/readCms.ts'
import type { PreviewDraft } from './payloadRest/readPreviewDraft.ts'
import { stageVideoMedia } from './media.ts'
import { ContentError, parseDocuments, type CollectionName, type ContentProblem } from './validate.ts'
import { withoutTrailingSlash } from '../lib/withoutTrailingSlash.ts'

/**
 * Everything the site is built from, validated: the sample reader's shape (national documents
 * and each municipality's own, told apart by `municipality`), the install's municipalities and
 * their versions of national flows.
 */
export type SiteContent = SampleContent & { municipalities: Municipality[]; localFlows: LocalFlow[] }

/** Where content comes from and where media is staged. */
export type LoadOptions = {
  /** Payload's address (e.g. http://localhost:3000); without it, the sample content is read. */
  cmsUrl?: string | undefined
  /** The sample content folder (content/ at the repo root). */
  contentDir: string
  /** Where video files and captions are gathered before the build copies them into dist/media. */
  stageDir: string
  fetch?: FetchLike
  /** Set only by the CMS's preview builds. */
  preview?: PreviewDraft | undefined
}

const schemas = { flows: flow, lessons: lesson, courses: course, videos: video, checklists: checklist, faqs: faq }
const municipality = municipalities.shape.municipalities.element

/** Reads the CMS anonymously, maps each document and parses it; throws ContentError naming every bad field. */
async function loadFromCms(cmsUrl: string, fetchFn: FetchLike, preview?: PreviewDraft): Promise<SiteContent> {
  const raw = await readCms(cmsUrl, fetchFn, preview)
  const problems: ContentProblem[] = [...raw.problems]
  const parsed = {} as Record<CollectionName, unknown[]>
  const identified = {} as Record<CollectionName, Identified<unknown>[]>
  for (const name of Object.keys(schemas) as CollectionName[]) {
    const result = parseDocuments(name, schemas[name], raw.collections[name])
    problems.push(...result.problems)
    parsed[name] = result.parsed
    identified[name] = result.parsed.map((data, i) => ({ id: result.ids[i]!, data }))
  }
  const settings = parseDocuments('site-settings', siteSettings, [raw.siteSettings])
  const nav = parseDocuments('navigation', navigation, [raw.navigation])
  const places = parseDocuments('municipalities', municipality, raw.municipalities)
  const versions = parseDocuments('local-flows', localFlow, raw.localFlows)
  problems.push(...settings.problems, ...nav.problems, ...places.problems, ...versions.problems)
  const documents = identified as LocalCheckInput['documents']
  for (const line of localWithoutPages(documents)) console.warn(`[municipality] ${line}`)
  problems.push(
    ...checkLocalContent({
      documents,
      municipalityCodes: raw.municipalities.map(({ data }) => String((data as { code?: unknown }).code)),
      localFlows: versions.parsed.map((data, i) => ({ id: versions.ids[i]!, data })),
    }),
  )
  if (problems.length > 0) throw new ContentError(problems)
  return {
    ...(parsed as Omit<SampleContent, 'siteSettings' | 'navigation'>),
    siteSettings: settings.parsed[0]!,
    navigation: nav.parsed[0]!,
    municipalities: places.parsed,
    localFlows: versions.parsed,
  }
}

/** The sample content with its municipalities and local flows; the sample files' own problems first. */
function loadSample(dir: string): SiteContent {
  const content = readSampleContent(dir)
  const places = readSampleMunicipalities(dir)
  const localFlows = readSampleLocalFlows(dir)
  const bySlug = <T extends { slug: string }>(docs: T[]) => docs.map((data) => ({ id: data.slug, data }))
  const documents = {
    flows: bySlug(content.flows),
    lessons: bySlug(content.lessons),
    courses: bySlug(content.courses),
    videos: bySlug(content.videos),
    checklists: bySlug(content.checklists),
    faqs: bySlug(content.faqs),
  }
  for (const line of localWithoutPages(documents)) console.warn(`[municipality] ${line}`)
  const problems = checkLocalContent({
    documents,
    municipalityCodes: places.map((m) => m.code),
    localFlows: localFlows.map(({ file, data }) => ({ id: file, data })),
  })
  if (problems.length > 0) throw new ContentError(problems)
  return { ...content, municipalities: places, localFlows: localFlows.map(({ data }) => data) }
}

/**
 * Loads the site's content: from the CMS when `cmsUrl` is set, else from the sample content,
 * with every document parsed by the content-models schemas, and its media staged locally.
 */
export async function loadSiteContent(options: LoadOptions): Promise<SiteContent> {
  const fetchFn = options.fetch ?? fetch
  const cmsUrl = options.cmsUrl?.trim()
  if (cmsUrl) {
    const content = await loadFromCms(cmsUrl, fetchFn, options.preview)
    const origin = (src: string) => ({ url: /^https?:\/\//.test(src) ? src : `${withoutTrailingSlash(cmsUrl)}${src}` })
    return { ...content, videos: await stageVideoMedia(content.videos, origin, options.stageDir, fetchFn) }
  }
  const content = loadSample(options.contentDir)
  const origin = (src: string) => ({ file: join(options.contentDir, src) })
  return { ...content, videos: await stageVideoMedia(content.videos, origin, options.stageDir, fetchFn) }
}
