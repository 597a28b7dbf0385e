import { maxHits, type AlgoliaSettings, type SearchEngine } from './types.ts'

type Hit = {
  title?: string
  url?: string
  locale?: string
  summary?: string
  _snippetResult?: { body?: { value?: string }; summary?: { value?: string } }
}

const pre = '\u2063jf-mark\u2063'
const post = '\u2063/jf-mark\u2063'

/**
 * Algolia (the lite search client) over the records the CMS keeps in step with publishing:
 * one per document and locale (`title, summary, body, url, type, locale`), filtered to the
 * page's locale. Keys travel in headers; nothing is cached in localStorage.
 */
export async function algoliaEngine(
  settings: AlgoliaSettings,
  locale: string,
): Promise<SearchEngine> {
  const [{ liteClient }, { createMemoryCache }] = await Promise.all([
    import('algoliasearch/lite'),
    import('@algolia/client-common'),
  ])
  const client = liteClient(settings.appId, settings.searchKey, {
    authMode: 'WithinHeaders',
    hostsCache: createMemoryCache(),
    ...(settings.host
      ? {
          hosts: [
            {
              url: settings.host.replace(/^https?:\/\//, ''),
              protocol: 'http',
              accept: 'readWrite',
            },
          ],
        }
      : {}),
  })
  return {
    marks: { pre, post },
    async search(query) {
      const { results } = await client.searchForHits<Hit>({
        requests: [
          {
            indexName: settings.index,
            query,
            filters: `locale:${locale}`,
            hitsPerPage: maxHits,
            attributesToRetrieve: ['title', 'url', 'locale', 'summary'],
            attributesToSnippet: ['body:24', 'summary:24'],
            highlightPreTag: pre,
            highlightPostTag: post,
          },
        ],
      })
      return (results[0]?.hits ?? [])
        .filter((hit) => !hit.locale || hit.locale === locale)
        .map((hit) => ({
          url: hit.url ?? '#',
          title: hit.title ?? hit.url ?? '',
          snippet:
            hit._snippetResult?.body?.value ||
            hit._snippetResult?.summary?.value ||
            hit.summary ||
            '',
        }))
    },
  }
}
