/** `npm run build`: regenerates the admin's import map and builds the CMS admin (Next.js) into cms/.next. */
import { buildAdmin } from './lib/adminBuild.ts'
import { root } from './lib/cmsFromEnv.ts'

await buildAdmin(root, {
  ...process.env,
  JOBUNIVERS_ROOT: root,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: '--no-deprecation',
})
