import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..', '..')
// ADMIN_E2E_PORT_BASE moves every port (and the data folder), so two runs can share a machine.
const base = Number(process.env.ADMIN_E2E_PORT_BASE) || 0
const dataDir = base ? `/tmp/jobunivers-admin-e2e-${base}` : '/tmp/jobunivers-admin-e2e'
const ports = base
  ? { cms: base, tracking: base + 1, site: base + 2, preview: base + 3 }
  : { cms: 3310, tracking: 4310, site: 4330, preview: 4340 }

/** Where the editor-loop test runs the whole system, and the secrets it starts it with. */
export const adminE2e = {
  root,
  dataDir,
  cmsUrl: `http://localhost:${ports.cms}`,
  trackingUrl: `http://localhost:${ports.tracking}`,
  siteUrl: `http://localhost:${ports.site}`,
  previewUrl: `http://localhost:${ports.preview}`,
  adminPassword: 'admin-password-for-e2e-only',
  readToken: 'read-token-for-e2e-tests-only',
  env: {
    JOBUNIVERS_DATA_DIR: dataDir,
    JOBUNIVERS_ADMIN_PASSWORD: 'admin-password-for-e2e-only',
    CMS_PORT: String(ports.cms),
    TRACKING_PORT: String(ports.tracking),
    SITE_PORT: String(ports.site),
    PREVIEW_PORT: String(ports.preview),
    SITE_DIST: path.join(dataDir, 'dist'),
    TRACKING_READ_TOKEN: 'read-token-for-e2e-tests-only',
    TRACKING_RATE_LIMIT: '0',
  },
}
