import type { CollectionConfig, JSONField, NumberField, TextField } from 'payload'
import { audiencesField } from '../../fields/audiences.ts'
import { stepEffortFields, stepKeyField, stepTextFields } from '../../fields/flowStepFields.ts'
import { keyField } from '../../fields/key.ts'
import { sourceHashField, titleFields } from '../../fields/titleFields.ts'
import { contentCollection } from '../contentCollection.ts'
import { message } from '../../messages.ts'
import { experimentField } from './experimentField.ts'
import { experimentPeriod } from './experimentPeriod.ts'
import { fillKeysOnSave } from './fillKeysOnSave.ts'
import { reminderField } from './reminderField.ts'
import { validateFlowOnSave } from './validateFlowOnSave.ts'

const component = (name: string) => `/admin/flows/${name}.tsx#${name}`

/** A condition, stored as the engine reads it, edited as sentences with pick lists (no JSON). */
const conditionField = (name: string, label: { da: string; en: string }): JSONField => ({
  name,
  type: 'json',
  label,
  admin: { components: { Field: component('ConditionField') } },
})

/** Step keys, edited as a list of this flow's steps by title. */
const stepPicker = (name: string, label: { da: string; en: string }): TextField => ({
  name,
  type: 'text',
  hasMany: true,
  label,
  admin: { components: { Field: component('StepPickerField') } },
})

const sumOfShares = (data: unknown): number | null => {
  const variants = (data as { variants?: { share?: unknown }[] } | undefined)?.variants
  if (!Array.isArray(variants) || variants.length === 0) return null
  return Math.round(variants.reduce((sum, v) => sum + (Number(v.share) || 0), 0) * 100) / 100
}

/** A personalised guided journey: screening questions, then steps shown by conditions. */
export const Flows: CollectionConfig = contentCollection({
  slug: 'flows',
  labels: { singular: { da: 'Forløb', en: 'Flow' }, plural: { da: 'Forløb', en: 'Flows' } },
  hooks: { beforeValidate: [fillKeysOnSave], beforeChange: [validateFlowOnSave, experimentPeriod] },
  fields: [
    ...titleFields(),
    audiencesField,
    {
      name: 'flowKeys',
      type: 'ui',
      label: { da: 'Nøgler', en: 'Keys' },
      admin: { components: { Field: component('FlowKeysField') } },
    },
    {
      name: 'questions',
      type: 'array',
      label: { da: 'Spørgsmål (ét pr. skærm)', en: 'Questions (one per screen)' },
      labels: {
        singular: { da: 'Spørgsmål', en: 'Question' },
        plural: { da: 'Spørgsmål', en: 'Questions' },
      },
      admin: { components: { RowLabel: component('FlowRowLabel') } },
      fields: [
        keyField(
          {
            da: 'Laves ud fra spørgsmålet ved første gem og ændres ikke siden, så reglerne virker, selv om du omformulerer spørgsmålet.',
            en: 'Made from the question on first save and never changed afterwards, so rules keep working when you reword the question.',
          },
          { madeFromTitle: true },
        ),
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
          labels: {
            singular: { da: 'Svarmulighed', en: 'Option' },
            plural: { da: 'Svarmuligheder', en: 'Options' },
          },
          admin: {
            condition: (_, sibling) => sibling.type !== 'yesno',
            components: { RowLabel: component('FlowRowLabel') },
          },
          fields: [
            keyField(
              {
                da: 'Laves ud fra teksten ved første gem og ændres ikke siden.',
                en: 'Made from the label on first save and never changed afterwards.',
              },
              { name: 'value', madeFromTitle: true },
            ),
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
      labels: { singular: { da: 'Trin', en: 'Step' }, plural: { da: 'Trin', en: 'Steps' } },
      admin: { components: { RowLabel: component('FlowRowLabel') } },
      fields: [
        stepKeyField,
        ...stepTextFields,
        conditionField('showWhen', { da: 'Vises når', en: 'Shown when' }),
        ...stepEffortFields,
        reminderField,
      ],
    },
    {
      name: 'localAdaptations',
      type: 'ui',
      label: { da: 'Lokale tilpasninger', en: 'Local adaptations' },
      admin: { components: { Field: component('LocalAdaptationsField') } },
    },
    {
      name: 'flowOverview',
      type: 'ui',
      label: { da: 'Forløbskort og prøv forløbet', en: 'Path map and try the flow' },
      admin: { components: { Field: component('FlowOverviewField') } },
    },
    {
      name: 'variants',
      type: 'array',
      label: { da: 'Varianter (A/B-test af starten)', en: 'Variants (A/B test of the opening)' },
      labels: {
        singular: { da: 'Variant', en: 'Variant' },
        plural: { da: 'Varianter', en: 'Variants' },
      },
      admin: { components: { RowLabel: component('FlowRowLabel') } },
      fields: [
        keyField({ da: 'Navn på varianten, fx "a".', en: 'Name of the variant, e.g. "a".' }),
        {
          name: 'share',
          type: 'number',
          required: true,
          min: 0,
          max: 100,
          label: { da: 'Andel i procent', en: 'Share in percent' },
          validate: (
            value: unknown,
            { data, req }: { data: unknown; req: Parameters<typeof message>[0] },
          ) => {
            if (typeof value !== 'number' || value < 0 || value > 100)
              return req?.i18n?.language === 'en'
                ? 'A number from 0 to 100.'
                : 'Et tal fra 0 til 100.'
            const sum = sumOfShares(data)
            return sum === null || sum === 100 ? true : message(req, 'variantSharesNot100', { sum })
          },
        } satisfies NumberField,
        stepPicker('moveFirst', { da: 'Flyttes først', en: 'Moved first' }),
        stepPicker('hide', { da: 'Skjules', en: 'Hidden' }),
      ],
    },
    {
      name: 'variantShares',
      type: 'ui',
      label: { da: 'Andele i alt', en: 'Shares in total' },
      admin: { components: { Field: component('VariantSharesField') } },
    },
    experimentField,
    {
      name: 'fallback',
      type: 'group',
      label: { da: 'Alternativt forløb', en: 'Alternative flow' },
      // Rendered with the rest of the view: Payload's group shows its fields only once scrolled to.
      admin: { components: { Field: component('EagerGroupField') } },
      fields: [
        conditionField('when', { da: 'Foreslås når', en: 'Suggested when' }),
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
