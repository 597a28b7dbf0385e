import type { CollectionConfig } from 'payload'
import { roles } from '../../content-models/index.ts'
import { adminsOrSelf } from '../access/adminsOrSelf.ts'
import { adminsOnly, hasRole, loggedIn } from '../access/roles.ts'
import { userMunicipalityField } from '../fields/municipality.ts'

const roleLabels = {
  admin: { da: 'Administrator', en: 'Administrator' },
  editor: { da: 'Redaktør (skriver kladder)', en: 'Editor (writes drafts)' },
  publisher: {
    da: 'Udgiver (udgiver og afpublicerer)',
    en: 'Publisher (publishes and unpublishes)',
  },
  reviewer: {
    da: 'Korrekturlæser / tilgængelighedstester (læser alt)',
    en: 'Reviewer / accessibility tester (reads everything)',
  },
} as const

/** People who log in to the CMS. Only admins create, change roles of, or delete users. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { da: 'Bruger', en: 'User' }, plural: { da: 'Brugere', en: 'Users' } },
  auth: { tokenExpiration: 8 * 60 * 60 },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'municipality'] },
  access: {
    create: adminsOnly,
    read: adminsOrSelf,
    update: adminsOrSelf,
    delete: adminsOnly,
    admin: loggedIn,
  },
  fields: [
    { name: 'name', type: 'text', label: { da: 'Navn', en: 'Name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      label: { da: 'Rolle', en: 'Role' },
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: {
        create: ({ req }) => hasRole(req.user, 'admin'),
        update: ({ req }) => hasRole(req.user, 'admin'),
      },
      saveToJWT: true,
    },
    userMunicipalityField,
  ],
}
