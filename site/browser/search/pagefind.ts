import { maxHits, type SearchEngine } from './types.ts'

type PagefindResult = {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>
}
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>
  search: (query: string) => Promise<{ results: PagefindResult[] }>
}

/**
 * Pagefind's JS API over the index the build wrote to /pagefind/. It picks the index of the
 * page's own `lang`, so the Danish page searches Danish pages and the English page English.
 */
export async function pagefindEngine(): Promise<SearchEngine> {
  // A path only known at run time: the bundler must leave this import alone.
  const path = '/pagefind/pagefind.js'
  const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind
  await pagefind.options({ excerptLength: 24 })
  return {
    marks: { pre: '<mark>', post: '</mark>' },
    async search(query) {
      const { results } = await pagefind.search(query)
      const data = await Promise.all(results.slice(0, maxHits).map((result) => result.data()))
      return data.map((item) => ({
        url: item.url.replace(/(.)\/$/, '$1'),
        title: item.meta.title ?? item.url,
        snippet: item.excerpt,
      }))
    },
  }
}
