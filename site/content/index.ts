/**
 * The site's content layer: reads the CMS (when CMS_URL is set) or the bundled sample content,
 * validates every document with the content-models schemas, and stages media for the build.
 */
import type { Loader } from 'astro/loaders'
import { loadSiteContent, type SiteContent } from './load.ts'
import { mediaStageDir, sampleContentDir } from './paths.ts'

let pending: Promise<SiteContent> | undefined

/** The content for this build, loaded once however many collections ask for it. */
function getSiteContent(): Promise<SiteContent> {
  pending ??= loadSiteContent({
    cmsUrl: process.env.CMS_URL,
    contentDir: sampleContentDir,
    stageDir: mediaStageDir,
    preview:
      process.env.CMS_PREVIEW_DOC && process.env.CMS_PREVIEW_AUTH
        ? { doc: process.env.CMS_PREVIEW_DOC, auth: process.env.CMS_PREVIEW_AUTH }
        : undefined,
  })
  return pending
}

type Entries = { [K in keyof SiteContent]: SiteContent[K] extends unknown[] ? K : never }[keyof SiteContent]

/** How an entry of a collection is keyed: documents by slug, municipalities by code, local flows by both. */
function entryId(collection: Entries, document: SiteContent[Entries][number]): string {
  if (collection === 'municipalities') return (document as SiteContent['municipalities'][number]).code
  if (collection === 'localFlows') {
    const version = document as SiteContent['localFlows'][number]
    return `${version.municipality}-${version.flow}`
  }
  return (document as { slug: string }).slug
}

/** An Astro content-layer loader for one collection (entries keyed by slug; see entryId). */
export function collectionLoader(collection: Entries): Loader {
  return {
    name: `jobunivers-${collection}`,
    load: async (context) => {
      const documents: SiteContent[Entries][number][] = (await getSiteContent())[collection]
      context.store.clear()
      for (const document of documents) {
        const id = entryId(collection, document)
        const data = await context.parseData({ id, data: { ...document } })
        context.store.set({ id, data })
      }
    },
  }
}

/** An Astro loader for a global (one entry, id `main`). */
export function globalLoader(global: 'siteSettings' | 'navigation'): Loader {
  return {
    name: `jobunivers-${global}`,
    load: async (context) => {
      const data = (await getSiteContent())[global] as Record<string, unknown>
      context.store.clear()
      context.store.set({ id: 'main', data: await context.parseData({ id: 'main', data: { ...data } }) })
    },
  }
}
