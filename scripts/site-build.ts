/**
 * `npm run site:build`: builds the citizen site into a fresh folder and then swaps it in
 * for dist/, so a site being served (`npm start`) never shows a half-built dist/. Reads the
 * CMS when CMS_URL is set, else the sample content in content/.
 */
import fs from 'node:fs'
import path from 'node:path'
import { run } from './lib/children.ts'
import { root } from './lib/cmsFromEnv.ts'

const dist = path.join(root, 'dist')
const next = path.join(root, 'dist.next')
const old = path.join(root, 'dist.old')
fs.rmSync(next, { recursive: true, force: true })
await run(
  process.execPath,
  [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
  { ...process.env, SITE_OUT_DIR: next },
)
fs.rmSync(old, { recursive: true, force: true })
if (fs.existsSync(dist)) fs.renameSync(dist, old)
fs.renameSync(next, dist)
fs.rmSync(old, { recursive: true, force: true })
