import type { GlobalAfterChangeHook } from 'payload'
import type { RebuildScheduler } from './rebuildScheduler.ts'

/** A hook for globals on every page (site settings, navigation): saving one asks for a site rebuild. */
export function requestRebuildOnGlobalChange(
  siteRebuild: RebuildScheduler | undefined,
): GlobalAfterChangeHook {
  const requestRebuild: GlobalAfterChangeHook = ({ global, doc }): unknown => {
    siteRebuild?.request(`update ${global.slug}`)
    return doc as unknown
  }
  return requestRebuild
}
