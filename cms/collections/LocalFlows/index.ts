import type { CollectionConfig } from 'payload'
import { sourceHashField } from '../../fields/titleFields.ts'
import { stepEffortFields, stepKeyField, stepTextFields } from '../../fields/flowStepFields.ts'
import { contentCollection } from '../contentCollection.ts'
import { checkLocalFlowOnSave } from './checkLocalFlowOnSave.ts'
import { fillLocalStepKeys } from './fillLocalStepKeys.ts'
import { readLocalFlowProblems } from './localFlowProblems.ts'

const component = (name: string) => `/admin/flows/${name}.tsx#${name}`

/**
 * A municipality's version of a national flow, without copying it: local steps, each placed
 * after a step of the national flow (its anchor, by key), and national steps hidden locally.
 * Scoped, drafted and published like other content; it may build only on a national flow.
 * When the national flow changes, `problems` (computed on read) names what no longer fits.
 */
export const LocalFlows: CollectionConfig = contentCollection({
  slug: 'local-flows',
  labels: {
    singular: { da: 'Lokal tilpasning af forløb', en: 'Local flow adaptation' },
    plural: { da: 'Lokale tilpasninger af forløb', en: 'Local flow adaptations' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'problems', '_status', 'updatedAt'],
    description: {
      da: 'Kommunens egne trin i et nationalt forløb og de nationale trin, der ikke gælder her. Det nationale forløb bliver ikke kopieret: ændres det, følger tilpasningen med.',
      en: 'The municipality’s own steps in a national flow, and the national steps that do not apply here. The national flow is not copied: when it changes, the adaptation follows.',
    },
  },
  hooks: { beforeValidate: [fillLocalStepKeys], beforeChange: [checkLocalFlowOnSave] },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { da: 'Navn', en: 'Name' },
      admin: {
        readOnly: true,
        description: {
          da: 'Laves af kommunen og forløbet, når du gemmer.',
          en: 'Made from the municipality and the flow when you save.',
        },
      },
    },
    {
      name: 'flow',
      type: 'relationship',
      relationTo: 'flows',
      required: true,
      label: { da: 'Nationalt forløb', en: 'National flow' },
      filterOptions: { municipality: { exists: false } },
      admin: {
        description: {
          da: 'Det forløb, alle kommuner deler. Din tilpasning lægges oven på det.',
          en: 'The flow every municipality shares. Your adaptation is laid over it.',
        },
      },
    },
    {
      name: 'problems',
      type: 'text',
      virtual: true,
      label: { da: 'Problemer', en: 'Problems' },
      // For the municipality's staff, not the public site.
      access: { read: ({ req }) => Boolean(req.user) },
      hooks: { afterRead: [readLocalFlowProblems] },
      admin: {
        readOnly: true,
        components: {
          Field: component('LocalFlowProblemsField'),
          Cell: component('LocalFlowProblemsCell'),
        },
      },
    },
    {
      name: 'addedSteps',
      type: 'array',
      label: { da: 'Lokale trin', en: 'Local steps' },
      labels: {
        singular: { da: 'Lokalt trin', en: 'Local step' },
        plural: { da: 'Lokale trin', en: 'Local steps' },
      },
      admin: { components: { RowLabel: component('FlowRowLabel') } },
      fields: [
        {
          name: 'after',
          type: 'text',
          required: true,
          label: { da: 'Kommer efter trinnet', en: 'Comes after the step' },
          admin: { components: { Field: component('AnchorStepField') } },
        },
        stepKeyField,
        ...stepTextFields,
        ...stepEffortFields,
      ],
    },
    {
      name: 'hiddenSteps',
      type: 'text',
      hasMany: true,
      label: { da: 'Nationale trin, der skjules her', en: 'National steps hidden here' },
      admin: { components: { Field: component('NationalStepPickerField') } },
    },
    {
      name: 'localOverview',
      type: 'ui',
      label: { da: 'Forløbskort for kommunen', en: 'Path map for the municipality' },
      admin: { components: { Field: component('LocalFlowOverviewField') } },
    },
    sourceHashField,
  ],
})
