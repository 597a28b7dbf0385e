import { getCollection, getEntry } from 'astro:content'
import type {
  Checklist,
  Course,
  Faq,
  Flow,
  Lesson,
  LocalFlow,
  Municipality,
  Navigation,
  SiteSettings,
  Video,
} from '../../content-models/index.ts'

// Astro's generated types for `astro:content` live in .astro/, outside the type check, so its
// functions answer `any` there: what they answer is read as `unknown` and typed here, once.

type Documents = {
  flows: Flow
  lessons: Lesson
  courses: Course
  videos: Video
  checklists: Checklist
  faqs: Faq
}

type Globals = { siteSettings: SiteSettings; navigation: Navigation }

type Entry<T> = { id: string; data: T }

async function entriesOf<C extends keyof Documents>(collection: C): Promise<Entry<Documents[C]>[]> {
  const entries: unknown = await getCollection(collection)
  return entries as Entry<Documents[C]>[]
}

/**
 * Every national document of a collection (shared by every municipality), as its content-models
 * type, ordered by slug. A municipality's own documents are left out: national pages, lists,
 * search and answers never show them (see `localDocuments`).
 */
export async function all<C extends keyof Documents>(collection: C): Promise<Documents[C][]> {
  return (await entriesOf(collection))
    .map((entry) => entry.data)
    .filter((doc) => !doc.municipality)
    .sort((a, b) => a.slug.localeCompare(b.slug))
}

/** Every document of a collection, national and every municipality's own, ordered by slug. */
export async function allScopes<C extends keyof Documents>(collection: C): Promise<Documents[C][]> {
  return (await entriesOf(collection))
    .map((entry) => entry.data)
    .sort((a, b) => a.slug.localeCompare(b.slug))
}

/** A municipality's own documents of a collection (by its code), ordered by slug. */
export async function localDocuments<C extends keyof Documents>(
  collection: C,
  code: string,
): Promise<Documents[C][]> {
  return (await entriesOf(collection))
    .map((entry) => entry.data)
    .filter((doc) => doc.municipality === code)
    .sort((a, b) => a.slug.localeCompare(b.slug))
}

/** The entry ids of a collection's national documents: the slugs, as the content loader keys them. */
export async function entryIds(collection: keyof Documents): Promise<string[]> {
  return (await entriesOf(collection))
    .filter((entry) => !entry.data.municipality)
    .map((entry) => entry.id)
}

/** The install's municipalities, ordered by name. */
export async function allMunicipalities(): Promise<Municipality[]> {
  const entries: unknown = await getCollection('municipalities')
  return (entries as Entry<Municipality>[])
    .map((entry) => entry.data)
    .sort((a, b) => a.name.localeCompare(b.name, 'da'))
}

/** Every municipality's versions of national flows. */
export async function allLocalFlows(): Promise<LocalFlow[]> {
  const entries: unknown = await getCollection('localFlows')
  return (entries as Entry<LocalFlow>[]).map((entry) => entry.data)
}

/** One document by slug, national or local; the loader has checked every reference, so a miss is a bug. */
export async function one<C extends keyof Documents>(
  collection: C,
  slug: string,
): Promise<Documents[C]> {
  const entry: unknown = await getEntry(collection, slug)
  if (!entry) throw new Error(`${collection}/${slug} is referenced but not published`)
  return (entry as Entry<Documents[C]>).data
}

/** A global's data (its one entry, `main`), or undefined when the build has none. */
export async function globalData<G extends keyof Globals>(
  global: G,
): Promise<Globals[G] | undefined> {
  const entry: unknown = await getEntry(global, 'main')
  return (entry as Entry<Globals[G]> | undefined)?.data
}

/** `getStaticPaths` for a collection's pages: one per slug. */
export async function slugPaths(
  collection: keyof Documents,
): Promise<{ params: { slug: string } }[]> {
  return (await all(collection)).map((doc) => ({ params: { slug: doc.slug } }))
}
