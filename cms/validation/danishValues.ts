import type { CollectionSlug, PayloadRequest } from 'payload'
import { keepingLocale } from './keepingLocale.ts'

/**
 * The document's Danish values. A save only carries the locale being edited, so when an
 * editor works in English the Danish side is read from the stored document.
 */
export async function danishValues<T extends Record<string, unknown>>(
  req: PayloadRequest,
  collection: CollectionSlug,
  data: T,
  id: string | number | undefined,
): Promise<T> {
  if (req.locale !== 'en') return data
  if (id === undefined) return {} as T
  const stored = await keepingLocale(req, () =>
    req.payload.findByID({
      collection,
      id,
      locale: 'da',
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    }),
  )
  return (stored ?? {}) as unknown as T
}
