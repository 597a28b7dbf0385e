/** The preview server (`npm start` runs it on PREVIEW_PORT, default 4322). */
import path from 'node:path'
import { createPreviewServer } from './previewServer.ts'

const port = Number(process.env.PREVIEW_PORT ?? 4322)
const dataDir =
  process.env.JOBUNIVERS_DATA_DIR ?? path.resolve(import.meta.dirname, '..', '..', 'data')
const cmsUrl = process.env.CMS_URL ?? `http://localhost:${process.env.CMS_PORT ?? 3000}`
createPreviewServer({ dir: path.join(dataDir, 'preview-site'), cmsUrl }).listen(
  port,
  '127.0.0.1',
  () => {
    console.log(`preview server listening on http://localhost:${port}`)
  },
)
