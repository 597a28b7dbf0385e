import type { RelationshipField } from 'payload'
import { hasRole } from '../access/roles.ts'
import { userScope } from '../access/municipalityScope.ts'

/** Field access: only admins set or change a scope. */
const onlyAdmins = ({ req }: { req: { user?: unknown } }) => hasRole(req.user, 'admin')

/**
 * Where a content document belongs: empty is national (shared by every municipality), else one
 * municipality. New documents start in the writer's own scope; only admins move a document.
 */
export const contentMunicipalityField: RelationshipField = {
  name: 'municipality',
  type: 'relationship',
  relationTo: 'municipalities',
  index: true,
  label: { da: 'Kommune', en: 'Municipality' },
  /** New documents start in the writer's scope (national staff and admins: national). */
  defaultValue: ({ user }) => userScope(user) ?? undefined,
  access: { update: onlyAdmins },
  /** The admin offers staff only their own municipality (national staff: none, so empty). */
  filterOptions: ({ req }) => {
    if (!req.user || hasRole(req.user, 'admin')) return true
    const scope = userScope(req.user)
    return scope === null ? { id: { exists: false } } : { id: { equals: scope } }
  },
  admin: {
    position: 'sidebar',
    description: {
      da: 'Tom: nationalt indhold, som alle kommuner deler. Ellers kun den valgte kommunes.',
      en: 'Empty: national content, shared by every municipality. Otherwise only the chosen municipality’s.',
    },
  },
}

/** The municipality a CMS user works for: empty is national staff. Only admins set it. */
export const userMunicipalityField: RelationshipField = {
  name: 'municipality',
  type: 'relationship',
  relationTo: 'municipalities',
  label: { da: 'Kommune', en: 'Municipality' },
  saveToJWT: true,
  access: { create: onlyAdmins, update: onlyAdmins },
  admin: {
    description: {
      da: 'Tom: national redaktion (skriver nationalt indhold). Ellers skriver brugeren kun for kommunen.',
      en: 'Empty: national staff (writes national content). Otherwise the user writes only for the municipality.',
    },
  },
}
