import type { Access, FieldAccess } from 'payload'
import { userScope } from '../../access/municipalityScope.ts'
import { hasRole } from '../../access/roles.ts'

/**
 * Updating a municipality: admins any; a municipality's publishers their own (its contact,
 * opening hours, booking link and accessibility contact; see `adminsOnlyField`), no other.
 */
export const updateOwnMunicipality: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  const scope = userScope(req.user)
  if (!hasRole(req.user, 'publisher') || scope === null) return false
  return { id: { equals: scope } }
}

/** Field access: only admins change a municipality's name and code. */
export const adminsOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
