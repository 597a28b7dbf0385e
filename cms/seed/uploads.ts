import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'

/** The id of an uploaded file, uploading it once: a second import finds it by file name. */
export async function ensureUpload(
  payload: Payload,
  req: PayloadRequest,
  collection: 'video-files' | 'caption-files' | 'media',
  file: string,
): Promise<string | number> {
  const filename = path.basename(file)
  const existing = await payload.find({
    collection,
    where: { filename: { equals: filename } },
    limit: 1,
    depth: 0,
    req,
  })
  const found = existing.docs[0]
  if (found) return found.id
  const created = await payload.create({ collection, data: {}, filePath: file, req })
  return created.id
}
