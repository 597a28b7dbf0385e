/** One search hit as the page shows it, whichever engine found it. */
export type SearchHit = {
  url: string
  title: string
  /** A short passage with the matched words between `pre` and `post` markers. */
  snippet: string
}

/** A search engine for one locale: Pagefind over the built site, or Algolia. */
export type SearchEngine = {
  /** The markers around matched words in `snippet`. */
  marks: { pre: string; post: string }
  search: (query: string) => Promise<SearchHit[]>
}

/** Algolia's browser settings, as the build writes them into the page. */
export type AlgoliaSettings = { appId: string; searchKey: string; index: string; host?: string }

/** How many hits the page shows. */
export const maxHits = 20
