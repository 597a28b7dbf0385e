import {
  collectionPaths,
  contentPath,
  pagePaths,
  type Locale,
  type PageName,
} from '../../content-models/index.ts'
import { withoutTrailingSlash } from './withoutTrailingSlash.ts'

// The route tables live in content-models: the CMS needs them too (search records, preview).
export { collectionPaths, contentPath, pagePaths, type PageName }

/** The path of a fixed page. */
export function pagePath(page: PageName, locale: Locale): string {
  return pagePaths[page][locale]
}

/** The same page in the other locale: fixed pages and collection folders are translated. */
export function translatePath(path: string, to: Locale): string {
  const [pathname = '/', hash] = path.split('#')
  const suffix = hash === undefined ? '' : `#${hash}`
  const from: Locale = pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'da'
  const clean = pathname.length > 1 ? withoutTrailingSlash(pathname) : pathname
  for (const paths of Object.values(pagePaths)) {
    if (
      withoutTrailingSlash(paths[from]) === withoutTrailingSlash(clean) ||
      (clean === '/en' && paths[from] === '/en/')
    ) {
      return paths[to] + suffix
    }
  }
  for (const paths of Object.values(collectionPaths)) {
    if (clean.startsWith(`${paths[from]}/`))
      return paths[to] + clean.slice(paths[from].length) + suffix
  }
  return path
}
