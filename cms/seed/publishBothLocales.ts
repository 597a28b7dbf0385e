import crypto from 'node:crypto'
import fs from 'node:fs'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { forLocale, withRowIds } from './forLocale.ts'

/** The hash of a source document (and the files it brings), kept to skip unchanged imports. */
export const hashOf = (value: unknown, files: string[] = []) => {
  const hash = crypto.createHash('sha256').update(JSON.stringify(value))
  for (const file of files) hash.update(fs.readFileSync(file))
  return hash.digest('hex')
}

/** Publishes a document's data in Danish, then in English (rows keep the Danish write's ids). */
export async function publishBothLocales(
  payload: Payload,
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | number,
  data: unknown,
  sourceHash: string,
) {
  const danish = forLocale(data, 'da') as Record<string, unknown>
  await payload.update({
    collection,
    id,
    data: { ...danish, sourceHash, _status: 'published' },
    locale: 'da',
    req,
  })
  const stored = await payload.findByID({
    collection,
    id,
    locale: 'en',
    fallbackLocale: false,
    depth: 0,
    req,
  })
  const english = withRowIds(forLocale(data, 'en'), stored) as Record<string, unknown>
  await payload.update({
    collection,
    id,
    data: { ...english, sourceHash, _status: 'published' },
    locale: 'en',
    req,
  })
}
