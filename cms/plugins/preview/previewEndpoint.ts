import path from 'node:path'
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'
import { contentPath, type PageRef } from '../../../content-models/index.ts'
import { commandRunner } from '../siteRebuild/rebuildRunners.ts'

/** A path parameter of the route (Payload matches them as strings). */
const routeParam = (req: PayloadRequest, name: string): string => {
  const value = req.routeParams?.[name]
  return typeof value === 'string' ? value : ''
}

/** The editor's own login, passed to the preview build so it can read the draft as them. */
function editorAuthorization(req: PayloadRequest): string | undefined {
  const header = req.headers.get('authorization')
  if (header) return header
  const token = /(?:^|;\s*)payload-token=([^;]+)/.exec(req.headers.get('cookie') ?? '')?.[1]
  return token ? `JWT ${decodeURIComponent(token)}` : undefined
}

const page = (status: number, title: string, text: string) =>
  new Response(
    `<!doctype html><html lang="da"><meta charset="utf-8"><title>${title}</title><h1>${title}</h1><pre>${text.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</pre>`,
    {
      status,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    },
  )

/**
 * `GET /api/preview/:collection/:id?locale=da`: builds the site with this document's latest
 * draft (read with the editor's login, everything else as published) into its own folder,
 * then sends the editor to the page on the preview server, which admits logged-in users only.
 */
export function previewEndpoint(options: {
  projectRoot: string
  dataDir: string
  /** The collections with pages on the citizen site. */
  collections: readonly string[]
}): Endpoint {
  return {
    path: '/preview/:collection/:id',
    method: 'get',
    handler: async (req) => {
      const collection = routeParam(req, 'collection')
      const id = routeParam(req, 'id')
      const locale = req.searchParams.get('locale') === 'en' ? 'en' : 'da'
      const auth = editorAuthorization(req)
      if (!req.user || !auth)
        return page(
          401,
          'Log ind først / Log in first',
          'Forhåndsvisning kræver, at du er logget ind i CMS’et.\nPreview needs you to be logged in to the CMS.',
        )
      if (!options.collections.includes(collection))
        return page(
          404,
          'Ingen side / No page',
          `${collection} har ingen sider på borgernes site.\n${collection} has no pages on the citizen site.`,
        )
      const doc = (await req.payload.findByID({
        collection: collection as CollectionSlug,
        id,
        draft: true,
        depth: 0,
        req,
        // The editor's own access: another municipality's draft is not found.
        overrideAccess: false,
        disableErrors: true,
      })) as { slug?: string } | null
      if (!doc?.slug) return page(404, 'Findes ikke / Not found', `${collection}/${id}`)

      const cmsUrl = process.env.CMS_URL ?? `http://localhost:${process.env.CMS_PORT ?? 3000}`
      const build = commandRunner(
        process.execPath,
        [path.join(options.projectRoot, 'scripts', 'site-build.ts')],
        {
          cwd: options.projectRoot,
          env: {
            CMS_URL: cmsUrl,
            SITE_DIST: path.join(options.dataDir, 'preview-site'),
            CMS_PREVIEW_DOC: `${collection}/${id}`,
            CMS_PREVIEW_AUTH: auth,
          },
        },
      )
      try {
        await build([`preview ${collection}/${doc.slug}`])
      } catch (error) {
        return page(
          422,
          'Forhåndsvisningen kunne ikke bygges / The preview could not be built',
          (error as Error).message,
        )
      }
      const previewUrl = process.env.PREVIEW_URL ?? 'http://localhost:4322'
      return Response.redirect(
        `${previewUrl}${contentPath({ collection, slug: doc.slug } as PageRef, locale)}`,
        302,
      )
    },
  }
}
