import { localContentPath, municipalitySlug } from '../../content-models/index.ts'
import { all, allMunicipalities, localDocuments } from './entries.ts'
import { planRedirects, type PagedCollection, type Redirect } from './redirects.ts'

/** Each municipality's renamed lessons, redirected under the municipality. */
async function localPlans(): Promise<ReturnType<typeof planRedirects>[]> {
  return Promise.all(
    (await allMunicipalities()).map(async (municipality) =>
      planRedirects(
        { lessons: await localDocuments('lessons', municipality.code) },
        (ref, locale) =>
          localContentPath(
            { collection: 'lessons', slug: ref.slug },
            municipalitySlug(municipality),
            locale,
          ),
      ),
    ),
  )
}

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
    const plans = [planRedirects(documents), ...(await localPlans())]
    for (const collision of plans.flatMap((plan) => plan.collisions))
      console.warn(`[redirects] not written: ${collision}`)
    return plans.flatMap((plan) => plan.redirects)
  })()
  return planned
}
