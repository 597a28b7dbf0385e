import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { message } from '../../messages.ts'

/**
 * Refuses to delete a municipality that content or users still belong to. Deleting it would
 * otherwise empty their `municipality` (Postgres sets it to null): local content would turn
 * national, published for everyone, and local staff would become national staff.
 */
export const refuseDeletingUsedMunicipality: CollectionBeforeDeleteHook = async ({ req, id }) => {
  let uses = 0
  for (const { slug, fields } of req.payload.config.collections) {
    if (!fields.some((field) => 'name' in field && field.name === 'municipality')) continue
    const where = { municipality: { equals: id } }
    uses += (await req.payload.count({ collection: slug, where, req })).totalDocs
  }
  if (uses > 0) {
    throw new APIError(message(req, 'municipalityInUse', { count: uses }), 409, undefined, true)
  }
}
