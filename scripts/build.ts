/** `npm run build`: regenerates the admin's import map and builds the CMS admin (Next.js) into cms/.next. */
import path from 'node:path'
import { markAdminBuilt } from './lib/adminBuild.ts'
import { run } from './lib/children.ts'
import { root } from './lib/cmsFromEnv.ts'

const env = {
  ...process.env,
  JOBUNIVERS_ROOT: root,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: '--no-deprecation',
}
await run(
  process.execPath,
  [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build', 'cms'],
  env,
)
markAdminBuilt(root)
