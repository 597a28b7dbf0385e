import type { Locale, SiteSettings } from '../../content-models/index.ts'
import { entryIds, globalData } from './entries.ts'
import { collectionPaths, pagePaths, translatePath } from './routes.ts'
import { local, type LocalText } from './text.ts'

/** The site settings (one entry). */
export async function getSettings(): Promise<SiteSettings> {
  const settings = await globalData('siteSettings')
  if (!settings) throw new Error('site settings missing')
  return settings
}

let built: Promise<Set<string>> | undefined

/** Every Danish path this build writes, to keep navigation from pointing at pages that do not exist yet. */
function builtPaths(): Promise<Set<string>> {
  built ??= (async () => {
    const paths = new Set<string>([
      pagePaths.home.da,
      pagePaths.faq.da,
      pagePaths.accessibility.da,
      pagePaths.search.da,
      pagePaths.myData.da,
      pagePaths.ask.da,
    ])
    for (const collection of Object.keys(collectionPaths) as (keyof typeof collectionPaths)[]) {
      for (const id of await entryIds(collection))
        paths.add(`${collectionPaths[collection].da}/${id}`)
    }
    return paths
  })()
  return built
}

/** A navigation link for a page in a locale. */
export type NavItem = { label: LocalText; href: string }

/**
 * The navigation global's links for a locale. A link to a page of this site that the build
 * does not write (e.g. "Mine data" before that page exists) is left out rather than broken.
 */
export async function getNavigation(locale: Locale): Promise<NavItem[]> {
  const items = (await globalData('navigation'))?.items ?? []
  const paths = await builtPaths()
  return items
    .filter(
      (item) =>
        /^https?:\/\//.test(item.href) ||
        paths.has(item.href.split('#')[0]!.replace(/(.)\/$/, '$1')),
    )
    .map((item) => ({
      label: local(item.label, locale),
      href:
        item.href.startsWith('/') && locale !== 'da' ? translatePath(item.href, locale) : item.href,
    }))
}
