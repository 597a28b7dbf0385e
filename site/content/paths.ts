import { fileURLToPath } from 'node:url'

/** The repository root (site/content/ is two folders down). */
const rootDir = process.env.JOBUNIVERS_ROOT ?? fileURLToPath(new URL('../../', import.meta.url))

/** The bundled sample content, or another folder of the same layout (SITE_CONTENT_DIR, used by the e2e tests). */
export const sampleContentDir = process.env.SITE_CONTENT_DIR ?? `${rootDir.replace(/\/$/, '')}/content`

/** Where the loader gathers media for the build to copy into dist/media. */
export const mediaStageDir = `${rootDir.replace(/\/$/, '')}/node_modules/.cache/jobunivers-site/media`
