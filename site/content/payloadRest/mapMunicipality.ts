import { optionalText, row, rows, slugOf, type Row } from './fields.ts'
import { mapStep } from './mapFlow.ts'

/** A municipality from the `municipalities` collection into the content-models shape. */
export function mapMunicipality(doc: Row): Row {
  const contact = row(doc.contact)
  return {
    name: doc.name,
    code: doc.code,
    contact: { phone: contact.phone, email: contact.email ?? null, openingHours: optionalText(contact.openingHours) },
    bookingUrl: doc.bookingUrl || null,
    accessibilityContact: optionalText(doc.accessibilityContact),
  }
}

/**
 * A relationship to a municipality as its code: populated (`{ code }`) or an id, looked up among
 * the municipalities the CMS publishes. Null for national content; `{ unknownId }` for an id
 * the lookup lacks (the caller reports it).
 */
export function municipalityCodeOf(value: unknown, codeById: ReadonlyMap<string, string>): string | null | { unknownId: string } {
  if (value === null || value === undefined || value === '') return null
  const populated = row(value)
  if (typeof populated.code === 'string') return populated.code
  const id = String(typeof value === 'object' ? populated.id : value)
  return codeById.get(id) ?? { unknownId: id }
}

/**
 * A municipality's version of a national flow (`local-flows`). Its flow arrives populated
 * (`{ slug }`) or as an id, looked up among the published flows; an id that is not there stays
 * undefined, so the schema names the field. The municipality is resolved by the caller.
 */
export function mapLocalFlow(doc: Row, flowSlugById: ReadonlyMap<string, string>): Row {
  const flowId = typeof doc.flow === 'object' && doc.flow !== null ? row(doc.flow).id : doc.flow
  const byId = typeof flowId === 'number' || typeof flowId === 'string' ? flowSlugById.get(String(flowId)) : undefined
  return {
    flow: slugOf(doc.flow) ?? byId,
    addedSteps: rows(doc.addedSteps).map((step) => ({ ...mapStep(step), after: step.after })),
    hiddenSteps: Array.isArray(doc.hiddenSteps)
      ? doc.hiddenSteps.map((hidden) => (typeof hidden === 'string' ? hidden : row(hidden).key))
      : [],
  }
}
