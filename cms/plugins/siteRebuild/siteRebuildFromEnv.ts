import path from 'node:path'
import { commandRunner, buildHookRunner } from './rebuildRunners.ts'
import {
  createRebuildScheduler,
  type RebuildScheduler,
  type RebuildState,
} from './rebuildScheduler.ts'

type Holder = { scheduler?: RebuildScheduler; persist?: (state: RebuildState) => void }
// Next may evaluate the config in more than one module graph; one scheduler per process.
const holder = ((globalThis as { __jobuniversRebuild?: Holder }).__jobuniversRebuild ??= {})

/**
 * The site rebuild for this process: a POST to SITE_BUILD_HOOK_URL when set; the local
 * site build (scripts/site-build.ts, from this CMS) when JOBUNIVERS_SITE_REBUILD=local (set by `npm start`); else none.
 */
export function siteRebuildFromEnv(
  projectRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): RebuildScheduler | undefined {
  if (holder.scheduler) return holder.scheduler
  const hook = env.SITE_BUILD_HOOK_URL
  const local = env.JOBUNIVERS_SITE_REBUILD === 'local'
  if (!hook && !local) return undefined
  const cmsUrl = env.CMS_URL ?? `http://localhost:${env.CMS_PORT ?? 3000}`
  const run = hook
    ? buildHookRunner(hook)
    : commandRunner(process.execPath, [path.join(projectRoot, 'scripts', 'site-build.ts')], {
        cwd: projectRoot,
        env: { CMS_URL: cmsUrl },
      })
  holder.scheduler = createRebuildScheduler({ run, onChange: (state) => holder.persist?.(state) })
  return holder.scheduler
}

/** Where scheduler state changes are written (the `site-build` global); set once Payload runs. */
export function persistRebuildStateWith(persist: (state: RebuildState) => void): void {
  holder.persist = persist
}
