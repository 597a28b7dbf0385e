// A content snapshot of any size in the sample-content layout (content/README.md): the
// sample content itself plus numbered copies of its documents, every collection grown in the
// sample's own proportion to lessons, and each copy's references pointing at copies of the
// same generation, so the pages link to one another as the sample's pages do.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './astroBuild.ts'

const collections = ['lessons', 'flows', 'courses', 'checklists', 'faqs', 'videos'] as const
type Collection = (typeof collections)[number]

/** How many documents of each collection a snapshot holds. */
export type SnapshotCounts = Record<Collection, number>

const sampleDir = join(repoRoot, 'content')

/** The slugs of a collection's documents (`<slug>.md`; `<slug>.en.md` is a translation). */
function slugsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !name.endsWith('.en.md') && name !== 'README.md')
    .map((name) => name.slice(0, -'.md'.length))
    .sort()
}

const copySlug = (slug: string, index: number) => `${slug}-k${index}`

/** The sample's documents per collection, and how many a snapshot of `lessons` lessons holds. */
function snapshotCounts(lessons: number): SnapshotCounts {
  const sampleLessons = slugsIn(join(sampleDir, 'lessons')).length
  const counts = {} as SnapshotCounts
  for (const name of collections) {
    const sample = slugsIn(join(sampleDir, name)).length
    // Never fewer than the sample: the copies build on top of it.
    counts[name] = Math.max(sample, Math.round((lessons * sample) / sampleLessons))
  }
  return counts
}

/**
 * Writes a snapshot with `lessons` lessons (at least the sample's) into `target` (emptied
 * first) and returns the documents per collection.
 */
export function writeContentSnapshot(target: string, lessons: number): SnapshotCounts {
  rmSync(target, { recursive: true, force: true })
  cpSync(sampleDir, target, { recursive: true })
  const counts = snapshotCounts(lessons)
  const slugs = Object.fromEntries(
    collections.map((name) => [name, slugsIn(join(sampleDir, name))]),
  ) as Record<Collection, string[]>
  // A slug found in two collections cannot be mapped without its context: leave it as it is.
  const owner = new Map<string, Collection | null>()
  for (const name of collections)
    for (const slug of slugs[name]) owner.set(slug, owner.has(slug) ? null : name)
  const known = [...owner.keys()].sort((a, b) => b.length - a.length)
  const pattern = new RegExp(`(?<![a-z0-9-])(${known.join('|')})(?![a-z0-9-])`, 'g')

  /** Points each reference at the same generation's copy of its target, when there is one. */
  const rewrite = (text: string, generation: number) =>
    text.replace(pattern, (slug: string) => {
      const collection = owner.get(slug)
      if (!collection) return slug
      const index = generation * slugs[collection].length + slugs[collection].indexOf(slug)
      return index < counts[collection] ? copySlug(slug, index) : slug
    })

  for (const name of collections) {
    const dir = join(target, name)
    const sources = slugs[name]
    for (let index = sources.length; index < counts[name]; index++) {
      const source = sources[index % sources.length]!
      const generation = Math.floor(index / sources.length)
      for (const suffix of ['.md', '.en.md']) {
        let text: string
        try {
          text = readFileSync(join(dir, `${source}${suffix}`), 'utf8')
        } catch {
          continue // no English body: English falls back to Danish, as in the sample
        }
        // Media paths (videos/<slug>.mp4, captions) stay the sample's files.
        const rewritten = name === 'videos' ? text : rewrite(text, generation)
        writeFileSync(join(dir, `${copySlug(source, index)}${suffix}`), rewritten)
      }
    }
  }
  return counts
}
