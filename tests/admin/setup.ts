import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..', '..')
const dataDir = '/tmp/jobunivers-admin-e2e'
const ports = { cms: 3310, tracking: 4310, site: 4330, preview: 4340 }

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
