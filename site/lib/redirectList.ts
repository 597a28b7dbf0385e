import { all } from './entries.ts'
import { planRedirects, type PagedCollection, type Redirect } from './redirects.ts'

let planned: Promise<Redirect[]> | undefined

/**
 * This build's redirects, from every published document's previous slugs; worked out once,
 * and the old addresses a current page keeps are reported once, as a build warning.
 */
export function oldAddresses(): Promise<Redirect[]> {
  planned ??= (async () => {
    const collections: PagedCollection[] = ['flows', 'lessons', 'courses', 'videos', 'checklists']
    const documents = Object.fromEntries(
      await Promise.all(collections.map(async (name) => [name, await all(name)] as const)),
    )
    const plan = planRedirects(documents)
    for (const collision of plan.collisions) console.warn(`[redirects] not written: ${collision}`)
    return plan.redirects
  })()
  return planned
}
