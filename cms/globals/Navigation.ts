import type { GlobalConfig } from 'payload'
import { sourceHashField } from '../fields/titleFields.ts'
import { anyone, publishers } from '../access/roles.ts'

/** The site's main navigation. */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: { da: 'Navigation', en: 'Navigation' },
  access: { read: anyone, update: publishers },
  versions: { max: 50 },
  fields: [
    {
      name: 'items',
      type: 'array',
      label: { da: 'Punkter', en: 'Items' },
      fields: [
        {
          name: 'label',
          type: 'text',
          required: true,
          localized: true,
          label: { da: 'Tekst', en: 'Label' },
        },
        { name: 'href', type: 'text', required: true, label: { da: 'Adresse', en: 'Address' } },
      ],
    },
    sourceHashField,
  ],
}
