import type { Field, NumberField } from 'payload'
import { contentCollections } from '../../content-models/index.ts'
import { keyField } from './key.ts'

/** A step's key: made from its title on first save, then kept, since it holds the citizen's progress. */
export const stepKeyField = keyField(
  {
    da: 'Laves ud fra titlen ved første gem og ændres ikke siden: den husker borgerens fremskridt.',
    en: "Made from the title on first save and never changed afterwards: it keeps the citizen's progress.",
  },
  { madeFromTitle: true },
)

/**
 * What a flow step says and points at: its title, summary, kind and content. Shared by a
 * national flow's steps and a municipality's local steps (`local-flows`), so both read alike.
 */
export const stepTextFields: Field[] = [
  {
    name: 'title',
    type: 'text',
    required: true,
    localized: true,
    label: { da: 'Titel', en: 'Title' },
  },
  {
    name: 'summary',
    type: 'textarea',
    localized: true,
    label: { da: 'Kort beskrivelse', en: 'Summary' },
  },
  {
    name: 'kind',
    type: 'select',
    required: true,
    defaultValue: 'content',
    label: { da: 'Slags', en: 'Kind' },
    options: [
      { value: 'content', label: { da: 'Indhold', en: 'Content' } },
      {
        value: 'contact',
        label: { da: 'Kontakt (book en samtale)', en: 'Contact (book a conversation)' },
      },
    ],
  },
  {
    name: 'content',
    type: 'relationship',
    relationTo: [...contentCollections],
    label: { da: 'Indhold', en: 'Content' },
    admin: { condition: (_, sibling) => sibling.kind !== 'contact' },
  },
]

/** Whether a step must be done, and how long it takes; shared like `stepTextFields`. */
export const stepEffortFields: Field[] = [
  {
    name: 'required',
    type: 'checkbox',
    defaultValue: true,
    label: { da: 'Skal gøres', en: 'Required' },
  },
  {
    name: 'minutes',
    type: 'number',
    min: 0,
    max: 600,
    defaultValue: 5,
    label: { da: 'Minutter', en: 'Minutes' },
  } satisfies NumberField,
]
