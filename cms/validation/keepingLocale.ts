import type { PayloadRequest } from 'payload'

/**
 * Runs a Local API read that names its own locale without changing the request's: Payload
 * sets `req.locale` from a call's `locale`, so a hook reading Danish values while an editor
 * saves English would otherwise make the rest of the save write English into Danish.
 */
export async function keepingLocale<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
