import type { PayloadRequest } from 'payload'
import { isOfficialMunicipalityCode } from '../../../content-models/index.ts'
import { userScope } from '../../access/municipalityScope.ts'
import { hasRole } from '../../access/roles.ts'
import type { StatsScope } from './statsScope.ts'

/**
 * Whose numbers the logged-in user sees in Indsigt, decided on the server. Admins and national
 * staff (no municipality): the national totals, or the municipality they `asked` for (an
 * official code; anything else means the totals). A municipality's staff: their own
 * municipality's numbers, whatever they ask for; unresolved when it has no official code.
 */
export async function insightsScope(
  req: Pick<PayloadRequest, 'user' | 'payload'>,
  asked: string | undefined,
): Promise<StatsScope> {
  const own = userScope(req.user)
  if (hasRole(req.user, 'admin') || own === null)
    return { kind: 'national', municipality: isOfficialMunicipalityCode(asked) ? asked : null }
  const municipality = await req.payload.findByID({
    collection: 'municipalities',
    id: own,
    depth: 0,
    disableErrors: true,
    select: { code: true, name: true },
  })
  return municipality && isOfficialMunicipalityCode(municipality.code)
    ? { kind: 'municipality', municipality: municipality.code, name: municipality.name }
    : { kind: 'unresolved' }
}
