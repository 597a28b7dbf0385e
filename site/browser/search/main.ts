/**
 * The search page: reads `?q=`, asks the engine the build chose (Pagefind, or Algolia when
 * configured) and shows the hits above the list of all pages. Without JavaScript the form
 * reloads the same page, where that list (and the FAQ) still lead on.
 */
import { format } from '../../i18n/format.ts'
import { resultList } from './render.ts'
import type { AlgoliaSettings, SearchEngine } from './types.ts'

type Messages = Record<
  'searching' | 'results' | 'oneResult' | 'noResults' | 'failed' | 'resultsHeading',
  string
>

const root = document.querySelector<HTMLElement>('[data-search]')
const messages = JSON.parse(root?.dataset.messages ?? '{}') as Messages
const status = root?.querySelector<HTMLElement>('[data-search-status]')
const results = root?.querySelector<HTMLElement>('[data-search-results]')
const form = document.querySelector<HTMLFormElement>('[data-search-form]')
const input = form?.querySelector<HTMLInputElement>('input[name="q"]')
let engine: Promise<SearchEngine> | undefined

function loadEngine(): Promise<SearchEngine> {
  engine ??= (async () => {
    const algolia = root?.dataset.algolia
    if (algolia) {
      const { algoliaEngine } = await import('./algolia.ts')
      return algoliaEngine(JSON.parse(algolia) as AlgoliaSettings, document.documentElement.lang)
    }
    const { pagefindEngine } = await import('./pagefind.ts')
    return pagefindEngine()
  })()
  return engine
}

async function run(query: string): Promise<void> {
  if (!status || !results) return
  results.replaceChildren()
  if (!query) {
    status.textContent = ''
    return
  }
  status.textContent = messages.searching
  try {
    const chosen = await loadEngine()
    const hits = await chosen.search(query)
    const template =
      hits.length === 1 ? messages.oneResult : hits.length ? messages.results : messages.noResults
    status.textContent = format(template, { n: hits.length, q: query })
    if (hits.length > 0) {
      const heading = document.createElement('h2')
      heading.textContent = messages.resultsHeading
      results.append(heading, resultList(hits, chosen.marks))
    }
  } catch (error) {
    console.error('Jobunivers: search failed', error)
    status.textContent = messages.failed
  }
}

if (root && form && input) {
  for (const note of document.querySelectorAll<HTMLElement>('[data-search-nojs]'))
    note.hidden = true
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? ''
  input.value = query
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const next = input.value.trim()
    const url = new URL(location.href)
    if (next) url.searchParams.set('q', next)
    else url.searchParams.delete('q')
    history.replaceState(null, '', url)
    void run(next)
  })
  void run(query)
}
