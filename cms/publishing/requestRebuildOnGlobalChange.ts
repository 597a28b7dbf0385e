import type { GlobalAfterChangeHook } from 'payload'
import { publishingServices } from './recordPublication.ts'

/** Site settings and navigation are on every page: saving either asks for a site rebuild. */
export const requestRebuildOnGlobalChange: GlobalAfterChangeHook = ({ global, doc, req }) => {
  publishingServices(req).siteRebuild?.request(`update ${global.slug}`)
  return doc
}
