/**
 * `npm run site:build`: builds the citizen site into a fresh folder, indexes it for search
 * (Pagefind, per locale from each page's `lang`), sets the CSP's connect-src to the tracking
 * API of TRACKING_URL (and Algolia's hosts when configured), and then swaps it in for dist/,
 * so a site being served (`npm start`) never shows a half-built dist/. Reads the CMS when
 * CMS_URL is set, else the sample content in content/.
 */
import fs from 'node:fs'
import path from 'node:path'
import { withConnectSources } from '../site/build/headers.ts'
import { algoliaConfig, algoliaOrigins, trackingUrl } from '../site/lib/buildEnv.ts'
import { run } from './lib/children.ts'
import { root } from './lib/cmsFromEnv.ts'

const dist = path.resolve(root, process.env.SITE_DIST ?? 'dist')
const next = `${dist}.next`
const old = `${dist}.old`
try {
  fs.rmSync(next, { recursive: true, force: true })
  await run(
    process.execPath,
    [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    // Always a production build: under NODE_ENV=test (Vitest) React would ship its development build.
    { ...process.env, NODE_ENV: 'production', SITE_OUT_DIR: next },
  )
  await run(
    process.execPath,
    [path.join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', next],
    process.env,
  )
  const headers = path.join(next, '_headers')
  fs.writeFileSync(
    headers,
    withConnectSources(fs.readFileSync(headers, 'utf8'), [
      trackingUrl(),
      ...algoliaOrigins(algoliaConfig()),
    ]),
  )
  fs.rmSync(old, { recursive: true, force: true })
  if (fs.existsSync(dist)) fs.renameSync(dist, old)
  fs.renameSync(next, dist)
  fs.rmSync(old, { recursive: true, force: true })
  const pages = fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html')).length
  console.log(`Site built into ${dist}: ${pages} pages.`)
} catch (error) {
  // Astro and Pagefind print their own reasons above; this says which step stopped.
  console.error(`Site build stopped: ${(error as Error).message}`)
  process.exit(1)
}
