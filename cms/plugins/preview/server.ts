/** The preview server (`npm start` runs it on PREVIEW_PORT, default 4322). */
import path from 'node:path'
import { createPreviewServer } from './previewServer.ts'

const port = Number(process.env.PREVIEW_PORT ?? 4322)
const dataDir =
  process.env.JOBUNIVERS_DATA_DIR ?? path.resolve(import.meta.dirname, '..', '..', '..', 'data')
const cmsUrl = process.env.CMS_URL ?? `http://localhost:${process.env.CMS_PORT ?? 3000}`
const server = createPreviewServer({ dir: path.join(dataDir, 'preview-site'), cmsUrl })
server.on('error', (error) => {
  console.error(`preview server: cannot listen on 127.0.0.1:${port}: ${error.message}`)
  process.exit(1)
})
server.listen(port, '127.0.0.1', () => {
  console.log(`preview server listening on http://localhost:${port}`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    server.closeAllConnections()
    server.close(() => process.exit(0))
  })
