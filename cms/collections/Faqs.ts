import type { CollectionConfig } from 'payload'
import { sourceHashField } from '../fields/titleFields.ts'
import { slugFields } from '../fields/slug.ts'
import { contentCollection } from './contentCollection.ts'

/** Questions and answers, grouped by category on the FAQ page. */
export const Faqs: CollectionConfig = contentCollection({
  slug: 'faqs',
  labels: {
    singular: { da: 'Spørgsmål og svar', en: 'FAQ' },
    plural: { da: 'Spørgsmål og svar', en: 'FAQs' },
  },
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'category', '_status', 'updatedAt'],
  },
  fields: [
    {
      name: 'question',
      type: 'text',
      required: true,
      localized: true,
      label: { da: 'Spørgsmål', en: 'Question' },
    },
    ...slugFields('question'),
    { name: 'answer', type: 'richText', localized: true, label: { da: 'Svar', en: 'Answer' } },
    {
      name: 'category',
      type: 'text',
      required: true,
      localized: true,
      label: { da: 'Kategori', en: 'Category' },
    },
    {
      name: 'related',
      type: 'relationship',
      relationTo: ['lessons', 'courses', 'videos', 'checklists', 'faqs'],
      hasMany: true,
      label: { da: 'Relateret indhold', en: 'Related content' },
    },
    sourceHashField,
  ],
})
