import type { FetchLike } from './fetchCms.ts'
import type { Row } from './fields.ts'
import { withoutTrailingSlash } from '../../lib/withoutTrailingSlash.ts'

/** A CMS preview build: one document read as its latest draft, by a logged-in editor. */
export type PreviewDraft = {
  /** `collection/id`, e.g. `lessons/12`. */
  doc: string
  /** The editor's Authorization header value (`JWT …`); only preview builds ever carry one. */
  auth: string
}

/**
 * Reads the latest draft of the previewed document with the editor's login. Every other
 * document in a preview build stays as the public reads it.
 */
export async function readPreviewDraft(cmsUrl: string, preview: PreviewDraft, fetchFn: FetchLike): Promise<{ collection: string; doc: Row }> {
  const [collection, id] = preview.doc.split('/')
  if (!collection || !id) throw new Error(`CMS_PREVIEW_DOC must be collection/id, not "${preview.doc}"`)
  const url = `${withoutTrailingSlash(cmsUrl)}/api/${collection}/${encodeURIComponent(id)}?locale=all&depth=1&draft=true`
  const response = await fetchFn(url, { headers: { accept: 'application/json', authorization: preview.auth } })
  if (!response.ok) throw new Error(`The preview of ${preview.doc} could not be read (${response.status} from ${url})`)
  return { collection, doc: (await response.json()) as Row }
}
