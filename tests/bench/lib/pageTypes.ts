// The page types the bench measures, with the page that stands for each (the e2e tests'
// examples) when it exists, else the first page of its folder. A new page type is one line here.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** A page type: its name, the folder its pages live in (when it has many) and the example. */
export type PageType = {
  type: string
  folder?: string
  preferred: string
  /** Content pages carry the 60 KB first-view goal; the flow page has its JavaScript goal instead. */
  content: boolean
}

/** Every page type of the site; the 404 page is the bare layout and the bench's baseline. */
export const pageTypes: PageType[] = [
  { type: 'front', preferred: '/', content: true },
  { type: 'flow', folder: 'forloeb', preferred: 'ny-paa-dagpenge', content: false },
  { type: 'lesson', folder: 'laer', preferred: 'din-a-kasse', content: true },
  { type: 'course', folder: 'kurser', preferred: 'find-job-paa-egen-haand', content: true },
  { type: 'video', folder: 'video', preferred: 'jobloggen-kort-fortalt', content: true },
  { type: 'checklist', folder: 'tjekliste', preferred: 'god-ansoegning', content: true },
  { type: 'FAQ', preferred: '/spoergsmaal', content: true },
  { type: 'search', preferred: '/soeg', content: true },
  { type: 'Spørg', preferred: '/spoerg', content: true },
  { type: 'Mine data', preferred: '/mine-data', content: true },
  { type: '404', preferred: '/404.html', content: true },
]

/** The bare layout (header, footer, CSS, fonts): what every other page type is compared with. */
export const baselinePath = '/404.html'

/** The path measured for a type in the built `site`, or undefined when it has no such page yet. */
export function pathFor(site: string, entry: PageType): string | undefined {
  if (!entry.folder) {
    const file =
      entry.preferred === '/'
        ? 'index.html'
        : entry.preferred.endsWith('.html')
          ? entry.preferred.slice(1)
          : `${entry.preferred.slice(1)}/index.html`
    return existsSync(join(site, file)) ? entry.preferred : undefined
  }
  const dir = join(site, entry.folder)
  if (!existsSync(dir)) return undefined
  const slugs = readdirSync(dir).sort()
  const slug = slugs.includes(entry.preferred) ? entry.preferred : slugs[0]
  return slug ? `/${entry.folder}/${slug}` : undefined
}

/** `met` or `NOT met`, for a goal's note. */
export const verdict = (met: boolean) => (met ? 'met' : 'NOT met')
