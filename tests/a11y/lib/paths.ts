import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const root = fileURLToPath(new URL('../../../', import.meta.url))
/** Where `npm run a11y` writes the report a person reads (index.html, summary.json, shots/). */
export const reportDir = path.join(root, 'reports', 'a11y')
/** Raw results the report is made from: records/ (the site), faults/ (seeded faults), pa11y. */
export const rawDir = path.join(reportDir, 'raw')
/** Element screenshots. */
export const shotsDir = path.join(reportDir, 'shots')
/** Our own build folders, so dist/ and the e2e build are never touched. */
const cacheDir = path.join(root, 'node_modules', '.cache', 'jobunivers-a11y')
/** The real site as built for the checks. */
export const siteDir = process.env.A11Y_SITE_DIR ?? path.join(cacheDir, 'site')
/** The site with the seeded-fault pages of tests/a11y/fixtures. */
export const faultsDir = process.env.A11Y_FAULTS_DIR ?? path.join(cacheDir, 'faults')
/** Where the runner serves the real site and the fault site (not 4321: the e2e server's). */
export const siteUrl = process.env.A11Y_SITE_URL ?? 'http://127.0.0.1:4400'
export const faultsUrl = process.env.A11Y_FAULTS_URL ?? 'http://127.0.0.1:4401'
