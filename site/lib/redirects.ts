import { locales, pickLocale, type Locale, type Localized } from '../../content-models/index.ts'
import { collectionPaths, contentPath } from './routes.ts'

/** The collections whose documents have pages of their own (a FAQ is an anchor, not a page). */
export type PagedCollection = keyof typeof collectionPaths

/** A document as far as redirects care: its slug now, the slugs it had, and its title. */
export type SlugHistory = {
  slug: string
  previousSlugs?: string[] | undefined
  title?: Localized<string>
}

/**
 * One old address and the page it now lives at, both site paths (`/laer/gammel`), with the
 * page's title in that locale (and its language, when it fell back to Danish).
 */
export type Redirect = {
  from: string
  to: string
  locale: Locale
  title?: { value: string; lang: Locale }
}

/** Every redirect to write, and the old addresses left out because a page lives there. */
export type RedirectPlan = { redirects: Redirect[]; collisions: string[] }

/**
 * The redirects of every renamed document, in both languages: each previous slug's address
 * points at the current one. A current slug always wins: an old address that is a page of its
 * own now is left out and named in `collisions`; so is a second document claiming the same old
 * slug (the first by slug keeps it). `pathOf` gives a page's address (a municipality's own
 * pages live under it); national addresses by default.
 * @example planRedirects({ lessons: [{ slug: 'ny', previousSlugs: ['gammel'] }] }).redirects
 * // [{ from: '/laer/gammel', to: '/laer/ny', locale: 'da' }, { from: '/en/learn/gammel', … }]
 */
export function planRedirects(
  documents: Partial<Record<PagedCollection, readonly SlugHistory[]>>,
  pathOf: (
    ref: { collection: PagedCollection; slug: string },
    locale: Locale,
  ) => string = contentPath,
): RedirectPlan {
  const redirects: Redirect[] = []
  const collisions: string[] = []
  for (const collection of Object.keys(collectionPaths) as PagedCollection[]) {
    const docs = [...(documents[collection] ?? [])].sort((a, b) => a.slug.localeCompare(b.slug))
    const current = new Set(docs.map((doc) => doc.slug))
    const claimedBy = new Map<string, string>()
    for (const doc of docs) {
      for (const old of new Set(doc.previousSlugs ?? [])) {
        if (old === doc.slug) continue
        if (current.has(old)) {
          collisions.push(
            `${collection}/${doc.slug}: old slug "${old}" is the slug of another published document; its page stays`,
          )
          continue
        }
        const earlier = claimedBy.get(old)
        if (earlier !== undefined) {
          collisions.push(
            `${collection}/${doc.slug}: old slug "${old}" already redirects to ${collection}/${earlier}`,
          )
          continue
        }
        claimedBy.set(old, doc.slug)
        for (const locale of locales) {
          const title = doc.title ? pickLocale(doc.title, locale) : undefined
          redirects.push({
            from: pathOf({ collection, slug: old }, locale),
            to: pathOf({ collection, slug: doc.slug }, locale),
            locale,
            ...(title ? { title: { value: title.value, lang: title.lang } } : {}),
          })
        }
      }
    }
  }
  return { redirects, collisions }
}

/**
 * The `_redirects` file of Netlify (and hosts that read the same format): one permanent
 * redirect per old address. `301!` because Netlify serves an existing file before a rule
 * (each old address also has its redirect page); hosts that do not know `!` still redirect
 * through that page.
 */
export function netlifyRedirects(redirects: readonly Redirect[]): string {
  const lines = redirects.map((redirect) => `${redirect.from} ${redirect.to} 301!`)
  return `# Old addresses of renamed pages (written by the site build)\n${lines.join('\n')}\n`
}
