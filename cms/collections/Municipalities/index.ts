import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { adminsOnly, anyone } from '../../access/roles.ts'
import { message } from '../../messages.ts'
import { validateMunicipalityCode } from './municipalityCode.ts'
import { adminsOnlyField, updateOwnMunicipality } from './ownMunicipality.ts'
import { refuseDeletingUsedMunicipality } from './refuseDeletingUsedMunicipality.ts'

const httpsAddress: TextFieldSingleValidation = (value, { req }) => {
  if (value === undefined || value === null || value === '') return true
  return /^https:\/\/\S+\.\S+$/.test(value) ? true : message(req, 'webAddressInvalid')
}

/**
 * The municipalities (jobcentres) sharing this install: their contact details, shown on local
 * pages. The public reads them (the site shows them); only admins create and delete them and
 * change their name and code; a municipality's publishers keep its contact details up to date.
 * One still holding content or users cannot be deleted.
 */
export const Municipalities: CollectionConfig = {
  slug: 'municipalities',
  labels: {
    singular: { da: 'Kommune', en: 'Municipality' },
    plural: { da: 'Kommuner', en: 'Municipalities' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'updatedAt'] },
  access: { read: anyone, create: adminsOnly, update: updateOwnMunicipality, delete: adminsOnly },
  hooks: { beforeDelete: [refuseDeletingUsedMunicipality] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      access: { update: adminsOnlyField },
      label: { da: 'Navn', en: 'Name' },
      admin: { description: { da: 'Fx Thisted Kommune.', en: 'E.g. Thisted Kommune.' } },
    },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: { update: adminsOnlyField },
      label: { da: 'Kommunekode', en: 'Municipality code' },
      validate: validateMunicipalityCode,
      admin: {
        description: {
          da: 'Den officielle kommunekode med tre cifre, fx 787 for Thisted.',
          en: 'The official three-digit municipality code, e.g. 787 for Thisted.',
        },
      },
    },
    {
      name: 'contact',
      type: 'group',
      label: { da: 'Kontakt til jobcentret', en: 'Jobcentre contact' },
      fields: [
        { name: 'phone', type: 'text', label: { da: 'Telefon', en: 'Phone' } },
        { name: 'email', type: 'email', label: { da: 'E-mail', en: 'E-mail' } },
        {
          name: 'openingHours',
          type: 'textarea',
          localized: true,
          label: { da: 'Åbningstider', en: 'Opening hours' },
          admin: {
            description: {
              da: 'Fx "Mandag-torsdag 9-15, fredag 9-12".',
              en: 'E.g. "Monday-Thursday 9-15, Friday 9-12".',
            },
          },
        },
      ],
    },
    {
      name: 'bookingUrl',
      type: 'text',
      label: { da: 'Link til at booke en samtale', en: 'Link to book a meeting' },
      validate: httpsAddress,
    },
    {
      name: 'accessibilityContact',
      type: 'textarea',
      localized: true,
      label: { da: 'Kontakt om tilgængelighed', en: 'Accessibility contact' },
      admin: {
        description: {
          da: 'Hvem borgeren kontakter, hvis noget er svært at bruge, fx tegnsprogstolk eller hjælp til at udfylde.',
          en: 'Whom the citizen contacts if something is hard to use, e.g. a sign-language interpreter or help to fill in forms.',
        },
      },
    },
  ],
}
