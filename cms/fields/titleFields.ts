import type { Field } from 'payload'
import { slugFields } from './slug.ts'

/** What most content documents open with: a title, its web address, and a short summary. */
export function titleFields(): Field[] {
  return [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { da: 'Titel', en: 'Title' },
    },
    ...slugFields(),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: { da: 'Kort beskrivelse', en: 'Summary' },
    },
  ]
}

/** Payload's bookkeeping of which source file a document was imported from; never shown. */
export const sourceHashField: Field = { name: 'sourceHash', type: 'text', hidden: true }
