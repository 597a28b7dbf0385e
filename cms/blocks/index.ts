import type { Block } from 'payload'

const reference = (
  name: string,
  relationTo: 'videos' | 'checklists' | 'faqs',
  label: { da: string; en: string },
) => ({
  name,
  type: 'relationship' as const,
  relationTo,
  required: true,
  label,
})

/** The blocks a lesson body is made of; each maps onto `lessonBlock` in content-models. */
export const lessonBlocks: Block[] = [
  {
    slug: 'richText',
    interfaceName: 'RichTextBlock',
    labels: { singular: { da: 'Tekst', en: 'Text' }, plural: { da: 'Tekster', en: 'Texts' } },
    fields: [
      { name: 'content', type: 'richText', required: true, label: { da: 'Tekst', en: 'Text' } },
    ],
  },
  {
    slug: 'video',
    interfaceName: 'VideoBlock',
    labels: { singular: { da: 'Video', en: 'Video' }, plural: { da: 'Videoer', en: 'Videos' } },
    fields: [reference('video', 'videos', { da: 'Video', en: 'Video' })],
  },
  {
    slug: 'checklist',
    interfaceName: 'ChecklistBlock',
    labels: {
      singular: { da: 'Tjekliste', en: 'Checklist' },
      plural: { da: 'Tjeklister', en: 'Checklists' },
    },
    fields: [reference('checklist', 'checklists', { da: 'Tjekliste', en: 'Checklist' })],
  },
  {
    slug: 'callout',
    interfaceName: 'CalloutBlock',
    labels: {
      singular: { da: 'Fremhævet boks', en: 'Callout' },
      plural: { da: 'Fremhævede bokse', en: 'Callouts' },
    },
    fields: [
      {
        name: 'tone',
        type: 'select',
        required: true,
        defaultValue: 'info',
        label: { da: 'Type', en: 'Tone' },
        options: [
          { value: 'info', label: { da: 'Information', en: 'Information' } },
          { value: 'warning', label: { da: 'Advarsel', en: 'Warning' } },
        ],
      },
      { name: 'content', type: 'richText', required: true, label: { da: 'Tekst', en: 'Text' } },
    ],
  },
  {
    slug: 'faq',
    interfaceName: 'FaqBlock',
    labels: {
      singular: { da: 'Spørgsmål og svar', en: 'FAQ' },
      plural: { da: 'Spørgsmål og svar', en: 'FAQs' },
    },
    fields: [reference('faq', 'faqs', { da: 'Spørgsmål', en: 'Question' })],
  },
  {
    slug: 'contact',
    interfaceName: 'ContactBlock',
    labels: {
      singular: { da: 'Kontakt / book en samtale', en: 'Contact / book a conversation' },
      plural: { da: 'Kontaktbokse', en: 'Contact boxes' },
    },
    fields: [
      {
        name: 'note',
        type: 'text',
        label: { da: 'Ekstra tekst (valgfri)', en: 'Extra text (optional)' },
        admin: {
          description: {
            da: 'Kontaktoplysningerne kommer fra indstillingerne.',
            en: 'Contact details come from the site settings.',
          },
        },
      },
    ],
  },
]
