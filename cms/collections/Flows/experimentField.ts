import type { GroupField, NumberField } from 'payload'

type Sibling = { outcome?: string; designHash?: string }
/** Shown only on a flow with variants. */
function hasVariants(data: { variants?: unknown }): boolean {
  return Array.isArray(data.variants) && data.variants.length > 0
}

const when = (outcome: string) => (_: unknown, sibling: Sibling) => sibling.outcome === outcome

/**
 * An A/B experiment declared before it starts: the hypothesis in a sentence and the primary
 * outcome picked from a list (with its step or checklist). Changing the variants or the
 * outcome starts a new period (experimentPeriod.ts); Indsigt counts only that period.
 */
export const experimentField: GroupField = {
  name: 'experiment',
  type: 'group',
  label: {
    da: 'Eksperiment (når forløbet har varianter)',
    en: 'Experiment (when the flow has variants)',
  },
  admin: { condition: hasVariants },
  fields: [
    {
      name: 'hypothesis',
      type: 'textarea',
      maxLength: 300,
      label: { da: 'Hypotese i én sætning', en: 'Hypothesis in one sentence' },
      admin: {
        description: {
          da: 'Fx "Når upload af CV kommer først, gennemfører flere forløbet."',
          en: 'E.g. "With the CV upload first, more citizens complete the flow."',
        },
      },
    },
    {
      name: 'outcome',
      type: 'select',
      defaultValue: 'flow_completed',
      label: { da: 'Primært mål', en: 'Primary outcome' },
      options: [
        { value: 'flow_completed', label: { da: 'Forløbet gennemført', en: 'The flow completed' } },
        {
          value: 'step_completed',
          label: { da: 'Et valgt trin gennemført', en: 'A chosen step completed' },
        },
        {
          value: 'checklist_done',
          label: { da: 'En valgt tjekliste klaret', en: 'A chosen checklist done' },
        },
        {
          value: 'contact_requested',
          label: { da: 'Kontakttrinnet fulgt', en: 'The contact step followed' },
        },
        {
          value: 'alternative_taken',
          label: { da: 'Det alternative forløb valgt', en: 'The alternative flow taken' },
        },
      ],
    },
    {
      name: 'step',
      type: 'text',
      hasMany: true,
      maxRows: 1,
      label: { da: 'Trinnet', en: 'The step' },
      admin: {
        condition: when('step_completed'),
        components: { Field: '/admin/flows/StepPickerField.tsx#StepPickerField' },
      },
    },
    {
      name: 'checklist',
      type: 'relationship',
      relationTo: 'checklists',
      label: { da: 'Tjeklisten', en: 'The checklist' },
      admin: { condition: when('checklist_done') },
    },
    {
      name: 'checklistItems',
      type: 'number',
      min: 1,
      max: 999,
      defaultValue: 1,
      label: { da: 'Punkter der skal være krydset af', en: 'Items that must be ticked' },
      admin: { condition: when('checklist_done') },
    } satisfies NumberField,
    {
      name: 'minimumSample',
      type: 'number',
      min: 10,
      max: 100000,
      defaultValue: 100,
      label: {
        da: 'Mindst borgere pr. variant før sammenligning',
        en: 'Citizens per variant before comparing',
      },
    } satisfies NumberField,
    {
      name: 'periodStart',
      type: 'date',
      label: { da: 'Perioden startede', en: 'The period started' },
      admin: {
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          da: 'Sættes, når varianterne eller målet ændres; resultater fra før tælles ikke med.',
          en: 'Set when the variants or the outcome change; results from before are not counted.',
        },
      },
    },
    { name: 'designHash', type: 'text', admin: { hidden: true } },
  ],
}
