import { fileURLToPath } from 'node:url'

/** The repository root (site/content/ is two folders down). */
export const rootDir = process.env.JOBUNIVERS_ROOT ?? fileURLToPath(new URL('../../', import.meta.url))

/** The bundled sample content. */
export const sampleContentDir = `${rootDir.replace(/\/$/, '')}/content`

/** Where the loader gathers media for the build to copy into dist/media. */
export const mediaStageDir = `${rootDir.replace(/\/$/, '')}/node_modules/.cache/jobunivers-site/media`
