import { contentCollections } from '../../../content-models/index.ts'
import { messages } from '../messages.ts'
import type { Row } from './fields.ts'
import { withoutTrailingSlash } from '../../lib/withoutTrailingSlash.ts'

/** The part of `fetch` the loader uses; tests pass a stand-in. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>

/** Documents per request: Payload's default maximum. */
export const pageSize = 100

// Related documents are populated with their slug only: the site links by slug, and a
// lesson's whole body inside every course that lists it would multiply the download.
// A document's municipality is populated with its code only.
const populate = [
  ...[...contentCollections, 'flows'].map((collection) => `populate[${collection}][slug]=true`),
  'populate[municipalities][code]=true',
].join('&')

/** How a collection is read: `drafts: false` for one without drafts (no `_status` to filter on). */
export type CollectionRead = { drafts?: boolean; optional?: boolean }

/** The REST address of one page of a collection: published, every locale, relationships populated. */
export function collectionPageUrl(cmsUrl: string, collection: string, page: number, read: CollectionRead = {}): string {
  const base = withoutTrailingSlash(cmsUrl)
  const published = read.drafts === false ? '' : '&where[_status][equals]=published'
  const query = `locale=all&depth=1&limit=${pageSize}&page=${page}${published}`
  return `${base}/api/${collection}?${query}&${populate}`
}

/** The CMS answered with an error status. */
class CmsStatusError extends Error {
  readonly status: number

  constructor(url: string, status: number) {
    super(messages.cmsStatus(url, status))
    this.status = status
  }
}

/** The REST address of a global, every locale. */
export function globalUrl(cmsUrl: string, slug: string): string {
  return `${withoutTrailingSlash(cmsUrl)}/api/globals/${slug}?locale=all&depth=1`
}

/** Reads JSON anonymously: no cookie, no token, so the CMS answers as it answers the public. */
export async function getJson(url: string, fetchFn: FetchLike): Promise<Row> {
  let response: Response
  try {
    response = await fetchFn(url, { credentials: 'omit', headers: { accept: 'application/json' } })
  } catch (error) {
    throw new Error(messages.cmsUnreachable(url, error), { cause: error })
  }
  if (!response.ok) throw new CmsStatusError(url, response.status)
  return (await response.json()) as Row
}

/**
 * Every published document of a collection, page by page until the CMS says there is no next
 * page. Pages after the first are read a few at a time. A document whose `_status` is not
 * `published` is dropped even if the CMS answered it: drafts never reach the site.
 * `read.optional`: a 404 (the CMS has no such collection) is an empty list.
 */
export async function fetchCollection(
  cmsUrl: string,
  collection: string,
  fetchFn: FetchLike,
  read: CollectionRead = {},
): Promise<Row[]> {
  const pageUrl = (page: number) => collectionPageUrl(cmsUrl, collection, page, read)
  let first: Row
  try {
    first = await getJson(pageUrl(1), fetchFn)
  } catch (error) {
    // A collection the CMS does not have yet (`optional`: an install from before it) has no documents.
    if (read.optional && error instanceof CmsStatusError && error.status === 404) return []
    throw error
  }
  const totalPages = typeof first.totalPages === 'number' ? first.totalPages : 1
  const pages: Row[] = [first]
  const remaining = Array.from({ length: Math.max(0, totalPages - 1) }, (_, index) => index + 2)
  const parallel = 4
  for (let start = 0; start < remaining.length; start += parallel) {
    const batch = remaining.slice(start, start + parallel)
    pages.push(...(await Promise.all(batch.map((page) => getJson(pageUrl(page), fetchFn)))))
  }
  return pages
    .flatMap((page) => (Array.isArray(page.docs) ? (page.docs as Row[]) : []))
    .filter((doc) => doc._status === undefined || doc._status === 'published')
}
