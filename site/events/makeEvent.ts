import type { Locale } from '../../content-models/browser.ts'
import { isMunicipalityCode } from '../state/municipalityCodes.ts'
import type { EventInput, TrackingEvent } from './types.ts'
import { isValidEvent } from './validate.ts'

/**
 * A complete event, or null when the input (or id, subject or time) makes one the API would
 * refuse (the rules: validate.ts, from the event contract). The citizen's municipality goes
 * along when it is one of the official codes; anything else stored there is left out, so an
 * odd value on the device never costs the event.
 * @example makeEvent({ type: 'flow_started', flow: 'ny-paa-dagpenge' }, { id, subject, at, locale: 'da', municipality: '787' })
 */
export function makeEvent(
  input: EventInput,
  context: { id: string; subject: string; at: Date; locale: Locale; municipality?: string },
): TrackingEvent | null {
  if (Number.isNaN(context.at.getTime())) return null
  const fields = Object.fromEntries(
    Object.entries(input as Record<string, unknown>).filter(([, value]) => value !== undefined),
  ) as EventInput
  const event = {
    id: context.id,
    subject: context.subject,
    at: context.at.toISOString(),
    locale: context.locale,
    ...(isMunicipalityCode(context.municipality) ? { municipality: context.municipality } : {}),
    ...fields,
  }
  return isValidEvent(event) ? event : null
}
