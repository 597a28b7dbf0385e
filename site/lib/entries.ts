import { getCollection, getEntry } from 'astro:content'
import type { Checklist, Course, Faq, Flow, Lesson, Video } from '../../content-models/index.ts'

type Documents = {
  flows: Flow
  lessons: Lesson
  courses: Course
  videos: Video
  checklists: Checklist
  faqs: Faq
}

/** Every document of a collection, as its content-models type, ordered by slug. */
export async function all<C extends keyof Documents>(collection: C): Promise<Documents[C][]> {
  const entries: { id: string; data: unknown }[] = await getCollection(collection)
  return entries
    .map((entry) => entry.data as Documents[C])
    .sort((a, b) => a.slug.localeCompare(b.slug))
}

/** One document by slug; the loader has checked every reference, so a miss is a bug. */
export async function one<C extends keyof Documents>(
  collection: C,
  slug: string,
): Promise<Documents[C]> {
  const entry: { data: unknown } | undefined = await getEntry(collection, slug)
  if (!entry) throw new Error(`${collection}/${slug} is referenced but not published`)
  return entry.data as Documents[C]
}

/** `getStaticPaths` for a collection's pages: one per slug. */
export async function slugPaths(
  collection: keyof Documents,
): Promise<{ params: { slug: string } }[]> {
  return (await all(collection)).map((doc) => ({ params: { slug: doc.slug } }))
}
