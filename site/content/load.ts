import { join } from 'node:path'
import {
  checklist,
  course,
  faq,
  flow,
  lesson,
  navigation,
  siteSettings,
  video,
} from '../../content-models/index.ts'
import { readSampleContent, type SampleContent } from '../../sample-content/index.ts'
import type { FetchLike } from './payloadRest/fetchCms.ts'
import { readCms } from './payloadRest/readCms.ts'
import type { PreviewDraft } from './payloadRest/readPreviewDraft.ts'
import { stageVideoMedia } from './media.ts'
import { ContentError, parseDocuments, type CollectionName, type ContentProblem } from './validate.ts'
import { withoutTrailingSlash } from '../lib/withoutTrailingSlash.ts'

/** Everything the site is built from, validated: the same shape the sample reader returns. */
export type SiteContent = SampleContent

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

/** Reads the CMS anonymously, maps each document and parses it; throws ContentError naming every bad field. */
async function loadFromCms(cmsUrl: string, fetchFn: FetchLike, preview?: PreviewDraft): Promise<SiteContent> {
  const raw = await readCms(cmsUrl, fetchFn, preview)
  const problems: ContentProblem[] = []
  const parsed = {} as Record<CollectionName, unknown[]>
  for (const name of Object.keys(schemas) as CollectionName[]) {
    const result = parseDocuments(name, schemas[name], raw.collections[name])
    problems.push(...result.problems)
    parsed[name] = result.parsed
  }
  const settings = parseDocuments('site-settings', siteSettings, [raw.siteSettings])
  const nav = parseDocuments('navigation', navigation, [raw.navigation])
  problems.push(...settings.problems, ...nav.problems)
  if (problems.length > 0) throw new ContentError(problems)
  return { ...(parsed as Omit<SiteContent, 'siteSettings' | 'navigation'>), siteSettings: settings.parsed[0]!, navigation: nav.parsed[0]! }
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
  const content = readSampleContent(options.contentDir)
  const origin = (src: string) => ({ file: join(options.contentDir, src) })
  return { ...content, videos: await stageVideoMedia(content.videos, origin, options.stageDir, fetchFn) }
}
