import type { CollectionConfig } from 'payload'
import { contentCollections } from '../../../content-models/index.ts'
import { audiencesField } from '../../fields/audiences.ts'
import { keyField } from '../../fields/key.ts'
import { sourceHashField, titleFields } from '../../fields/titleFields.ts'
import { contentCollection } from '../contentCollection.ts'
import { validateFlowOnSave } from './validateFlowOnSave.ts'

const conditionHelp = {
  da: 'Betingelse som JSON, fx {"answer": "a-kasse", "is": "yes"}, {"all": [...]}, {"any": [...]}, {"not": ...}, {"completed": "trin"} eller {"checklistDone": "trin"}. Tom = vises altid.',
  en: 'Condition as JSON, e.g. {"answer": "a-kasse", "is": "yes"}, {"all": [...]}, {"any": [...]}, {"not": ...}, {"completed": "step"} or {"checklistDone": "step"}. Empty = always shown.',
}

/** A personalised guided journey: screening questions, then steps shown by conditions. */
export const Flows: CollectionConfig = contentCollection({
  slug: 'flows',
  labels: { singular: { da: 'Forløb', en: 'Flow' }, plural: { da: 'Forløb', en: 'Flows' } },
  hooks: { beforeChange: [validateFlowOnSave] },
  fields: [
    ...titleFields(),
    audiencesField,
    {
      name: 'questions',
      type: 'array',
      label: { da: 'Spørgsmål (ét pr. skærm)', en: 'Questions (one per screen)' },
      fields: [
        keyField({
          da: 'Bruges i betingelser, fx "a-kasse".',
          en: 'Used in conditions, e.g. "a-kasse".',
        }),
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'single',
          label: { da: 'Type', en: 'Type' },
          options: [
            { value: 'yesno', label: { da: 'Ja/nej', en: 'Yes/no' } },
            { value: 'single', label: { da: 'Ét svar', en: 'One answer' } },
            { value: 'multi', label: { da: 'Flere svar', en: 'Several answers' } },
          ],
        },
        {
          name: 'prompt',
          type: 'text',
          required: true,
          localized: true,
          label: { da: 'Spørgsmål', en: 'Question' },
        },
        {
          name: 'help',
          type: 'textarea',
          localized: true,
          label: { da: 'Hjælpetekst', en: 'Help text' },
        },
        {
          name: 'options',
          type: 'array',
          label: { da: 'Svarmuligheder', en: 'Options' },
          admin: { condition: (_, sibling) => sibling?.type !== 'yesno' },
          fields: [
            { name: 'value', type: 'text', required: true, label: { da: 'Værdi', en: 'Value' } },
            {
              name: 'label',
              type: 'text',
              required: true,
              localized: true,
              label: { da: 'Tekst', en: 'Label' },
            },
          ],
        },
      ],
    },
    {
      name: 'steps',
      type: 'array',
      minRows: 1,
      label: { da: 'Trin', en: 'Steps' },
      fields: [
        keyField({
          da: 'Bruges i betingelser og til at huske borgerens fremskridt.',
          en: "Used in conditions and to store the citizen's progress.",
        }),
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
          admin: { condition: (_, sibling) => sibling?.kind !== 'contact' },
        },
        {
          name: 'showWhen',
          type: 'json',
          label: { da: 'Vises når', en: 'Shown when' },
          admin: { description: conditionHelp },
        },
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
        },
      ],
    },
    {
      name: 'variants',
      type: 'array',
      label: { da: 'Varianter (A/B-test af starten)', en: 'Variants (A/B test of the opening)' },
      fields: [
        keyField({ da: 'Navn på varianten, fx "a".', en: 'Name of the variant, e.g. "a".' }),
        {
          name: 'share',
          type: 'number',
          required: true,
          min: 0,
          max: 100,
          label: { da: 'Andel i procent', en: 'Share in percent' },
        },
        {
          name: 'moveFirst',
          type: 'text',
          hasMany: true,
          label: { da: 'Trin der flyttes først', en: 'Steps moved first' },
        },
        {
          name: 'hide',
          type: 'text',
          hasMany: true,
          label: { da: 'Trin der skjules', en: 'Steps hidden' },
        },
      ],
    },
    {
      name: 'fallback',
      type: 'group',
      label: { da: 'Alternativt forløb', en: 'Alternative flow' },
      fields: [
        {
          name: 'when',
          type: 'json',
          label: { da: 'Foreslås når', en: 'Suggested when' },
          admin: { description: conditionHelp },
        },
        {
          name: 'flow',
          type: 'relationship',
          relationTo: 'flows',
          label: { da: 'Forløb', en: 'Flow' },
        },
        {
          name: 'message',
          type: 'textarea',
          localized: true,
          label: { da: 'Besked til borgeren', en: 'Message to the citizen' },
        },
      ],
    },
    sourceHashField,
  ],
})
