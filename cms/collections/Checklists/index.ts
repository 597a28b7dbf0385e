import type { CollectionConfig } from 'payload'
import { sourceHashField } from '../../fields/titleFields.ts'
import { keyField } from '../../fields/key.ts'
import { slugFields } from '../../fields/slug.ts'
import { contentCollection } from '../contentCollection.ts'
import { refuseDuplicateItemKeys } from './refuseDuplicateItemKeys.ts'

/** Things a citizen ticks off; the ticks live on the citizen's device. */
export const Checklists: CollectionConfig = contentCollection({
  slug: 'checklists',
  labels: {
    singular: { da: 'Tjekliste', en: 'Checklist' },
    plural: { da: 'Tjeklister', en: 'Checklists' },
  },
  hooks: { beforeValidate: [refuseDuplicateItemKeys] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { da: 'Titel', en: 'Title' },
    },
    ...slugFields(),
    {
      name: 'intro',
      type: 'textarea',
      localized: true,
      label: { da: 'Indledning', en: 'Introduction' },
    },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      label: { da: 'Punkter', en: 'Items' },
      fields: [
        keyField({
          da: 'Bruges til at huske borgerens flueben. Skift den ikke efter udgivelse.',
          en: "Stores the citizen's tick. Do not change it after publishing.",
        }),
        {
          name: 'label',
          type: 'text',
          required: true,
          localized: true,
          label: { da: 'Tekst', en: 'Label' },
        },
        {
          name: 'help',
          type: 'textarea',
          localized: true,
          label: { da: 'Hjælpetekst', en: 'Help text' },
        },
        {
          name: 'link',
          type: 'group',
          label: { da: 'Link (valgfrit)', en: 'Link (optional)' },
          fields: [
            { name: 'url', type: 'text', label: { da: 'Adresse', en: 'URL' } },
            {
              name: 'label',
              type: 'text',
              localized: true,
              label: { da: 'Linktekst', en: 'Link text' },
            },
          ],
        },
        {
          name: 'required',
          type: 'checkbox',
          defaultValue: true,
          label: { da: 'Skal gøres', en: 'Required' },
        },
      ],
    },
    sourceHashField,
  ],
})
