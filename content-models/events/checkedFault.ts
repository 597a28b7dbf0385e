import { isOfficialMunicipalityCode } from '../data/officialMunicipalities.ts'
import { hasRealDate } from './realDate.ts'

/** Where the first event fault a JSON schema cannot see is: the event's index and field. */
export type CheckedFault = { event: number; field: 'at' | 'municipality'; problem: string }

/**
 * The first fault, in events that already match the event schema, that the schema's patterns
 * cannot see: a day that does not exist, or a three-digit municipality code that is not one of
 * the 98 official ones. Null when there is none. The tracking API refuses the batch with it;
 * the site's validator applies the same two checks.
 * @example checkedFault([{ at: '2026-11-25T10:00:00Z', municipality: '999' }]) // { event: 0, field: 'municipality', … }
 */
export function checkedFault(
  events: readonly { at: string; municipality?: string }[],
): CheckedFault | null {
  for (const [index, event] of events.entries()) {
    if (!hasRealDate(event.at)) return { event: index, field: 'at', problem: 'is not a real date' }
    if (event.municipality !== undefined && !isOfficialMunicipalityCode(event.municipality))
      return {
        event: index,
        field: 'municipality',
        problem: 'is not an official municipality code',
      }
  }
  return null
}
