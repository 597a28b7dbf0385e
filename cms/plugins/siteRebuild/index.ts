import type { Config } from 'payload'
import { appendCollectionHooks } from '../appendCollectionHooks.ts'
import { PublishLog } from './PublishLog.ts'
import type { RebuildScheduler } from './rebuildScheduler.ts'
import { publicationHooks } from './recordPublication.ts'
import { requestRebuildOnGlobalChange } from './requestRebuildOnGlobalChange.ts'
import { SiteBuild } from './SiteBuild.ts'
import { persistRebuildStateWith } from './siteRebuildFromEnv.ts'

/** What the site rebuild plugin follows, and what it runs. */
export type SiteRebuildOptions = {
  /** Runs the rebuilds; without one, publishing is still logged but nothing is rebuilt. */
  scheduler: RebuildScheduler | undefined
  /** Collections with pages on the site: publishing, unpublishing or deleting one is logged and rebuilds. */
  collections: readonly string[]
  /** Globals on every page: saving one rebuilds. */
  globals: readonly string[]
}

/**
 * The site rebuild as a Payload plugin: adds the `publish-log` collection and the `site-build`
 * global (the last rebuild's state), logs each publish, unpublish and delete of the given
 * collections, and asks the scheduler for a rebuild after those and after saving the given globals.
 */
export const siteRebuildPlugin =
  (options: SiteRebuildOptions) =>
  (config: Config): Config => {
    const { scheduler } = options
    const hooks = publicationHooks(scheduler)
    const onGlobalChange = requestRebuildOnGlobalChange(scheduler)
    return {
      ...config,
      collections: [...appendCollectionHooks(config, options.collections, hooks), PublishLog],
      globals: [
        ...(config.globals ?? []).map((global) =>
          options.globals.includes(global.slug)
            ? {
                ...global,
                hooks: {
                  ...global.hooks,
                  afterChange: [...(global.hooks?.afterChange ?? []), onGlobalChange],
                },
              }
            : global,
        ),
        SiteBuild,
      ],
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (!scheduler) return
        // The scheduler's state changes are saved to the `site-build` global the admin shows.
        persistRebuildStateWith((state) => {
          payload
            .updateGlobal({ slug: 'site-build', data: state })
            .catch((error: unknown) =>
              payload.logger.error({ err: error, msg: 'could not save the site rebuild state' }),
            )
        })
      },
    }
  }
