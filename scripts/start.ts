/**
 * `npm start`: the whole system on embedded defaults. Brings the CMS database up to date
 * (first start: admin user and sample content), builds the admin when its sources changed,
 * then runs the CMS (3000) and the tracking API (4000), builds the citizen site from the CMS
 * and serves it (4321), and prints where they are. Publishing in the CMS rebuilds the site.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { localSecret } from '../cms/secret.ts'
import { prepareCms } from '../cms/setup/prepareCms.ts'
import { adminBuildIsCurrent, buildAdmin } from './lib/adminBuild.ts'
import { run, startService, waitFor } from './lib/children.ts'
import { closeCms, cmsFromEnv } from './lib/cmsFromEnv.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = process.env.JOBUNIVERS_DATA_DIR ?? path.join(root, 'data')
const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const trackingPort = Number(process.env.TRACKING_PORT ?? 4000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const previewPort = Number(process.env.PREVIEW_PORT ?? 4322)
const siteOrigin = process.env.SITE_URL ?? `http://localhost:${sitePort}`
const siteDist = path.resolve(root, process.env.SITE_DIST ?? 'dist')
const started = Date.now()
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`

fs.mkdirSync(dataDir, { recursive: true })
const env: NodeJS.ProcessEnv = {
  ...process.env,
  JOBUNIVERS_ROOT: root,
  JOBUNIVERS_DATA_DIR: dataDir,
  NODE_OPTIONS: '--no-deprecation',
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_URL: siteOrigin,
  SITE_DIST: siteDist,
  TRACKING_ALLOWED_ORIGINS: process.env.TRACKING_ALLOWED_ORIGINS ?? siteOrigin,
  TRACKING_URL: process.env.TRACKING_URL ?? `http://localhost:${trackingPort}`,
  TRACKING_DATABASE_URL:
    process.env.TRACKING_DATABASE_URL ?? `sqlite:${path.join(dataDir, 'tracking.db')}`,
  TRACKING_READ_TOKEN: localSecret(dataDir, 'tracking-read-token', process.env.TRACKING_READ_TOKEN),
}
process.env.JOBUNIVERS_RUN_JOBS = 'false'

// The same Payload a one-off command gets: no hot-reload socket, no type generation child.
const payload = await cmsFromEnv()
const prepared = await prepareCms(payload, path.join(root, 'content'), {
  adminPassword: process.env.JOBUNIVERS_ADMIN_PASSWORD,
})
await closeCms(payload)
console.log(`CMS database ready (${seconds()}).`)
if (prepared.imported) {
  const { municipalities } = prepared.imported
  const published = Object.entries(prepared.imported)
    .filter(([collection]) => collection !== 'globals' && collection !== 'municipalities')
    .map(([collection, counts]) => `${String(counts.updated)} ${collection}`)
  // Municipalities have no drafts: they are created, not published.
  const places = (municipalities?.created ?? 0) + (municipalities?.updated ?? 0)
  console.log(
    `Sample content published: ${published.join(', ')}; site settings, navigation and ${String(places)} municipalities.`,
  )
}

const next = [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')]
if (!adminBuildIsCurrent(root)) {
  console.log('Building the CMS admin (first start or changed sources; about a minute)…')
  await buildAdmin(root, env)
  console.log(`Admin built (${seconds()}).`)
}

const cmsUrl = `http://localhost:${cmsPort}`
startService('cms', process.execPath, [...next, 'start', 'cms', '--port', String(cmsPort)], {
  ...env,
  JOBUNIVERS_RUN_JOBS: 'true',
  JOBUNIVERS_SITE_REBUILD: process.env.SITE_BUILD_HOOK_URL ? undefined : 'local',
  PREVIEW_URL: `http://localhost:${previewPort}`,
  CMS_PORT: String(cmsPort),
})
startService('tracking', process.execPath, [path.join(root, 'tracking', 'server.ts')], {
  ...env,
  TRACKING_PORT: String(trackingPort),
})

await Promise.all([
  waitFor(`${cmsUrl}/api/flows?limit=1`),
  waitFor(`http://localhost:${trackingPort}/healthz`),
])
console.log('Building the citizen site from the CMS…')
const siteEnv = { ...env, CMS_URL: cmsUrl, SITE_OUT_DIR: siteDist }
await run(process.execPath, [path.join(root, 'scripts', 'site-build.ts')], siteEnv)
startService(
  'site',
  process.execPath,
  [
    path.join(root, 'serve', 'cli.ts'),
    ...['--dir', siteDist, '--host', '127.0.0.1', '--port', String(sitePort)],
  ],
  siteEnv,
)
await waitFor(`http://127.0.0.1:${sitePort}/`)
startService(
  'preview',
  process.execPath,
  [path.join(root, 'cms', 'plugins', 'preview', 'server.ts')],
  {
    ...env,
    CMS_URL: cmsUrl,
    PREVIEW_PORT: String(previewPort),
  },
)
console.log(`
Jobunivers is running (${seconds()}):
  Citizen site   http://localhost:${sitePort}/  (English: /en/)
  CMS admin      http://localhost:${cmsPort}/admin
  CMS REST API   http://localhost:${cmsPort}/api/flows?locale=da
  Tracking API   http://localhost:${trackingPort}/openapi.json
  Draft preview  http://localhost:${previewPort}/  (logged-in CMS users; opened from a document's Preview button)
${
  prepared.admin
    ? `
  First admin login (shown this once; change it under Brugere/Users):
    e-mail    ${prepared.admin.email}
    password  ${prepared.admin.password}
`
    : ''
}
Stop with Ctrl+C.`)
