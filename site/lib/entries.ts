import { getCollection, getEntry } from 'astro:content'
import type {
  Checklist,
  Course,
  Faq,
  Flow,
  Lesson,
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

/** Every document of a collection, as its content-models type, ordered by slug. */
export async function all<C extends keyof Documents>(collection: C): Promise<Documents[C][]> {
  return (await entriesOf(collection))
    .map((entry) => entry.data)
    .sort((a, b) => a.slug.localeCompare(b.slug))
}

/** The entry ids of a collection: the slugs, as the content loader keys them. */
export async function entryIds(collection: keyof Documents): Promise<string[]> {
  return (await entriesOf(collection)).map((entry) => entry.id)
}

/** One document by slug; the loader has checked every reference, so a miss is a bug. */
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
