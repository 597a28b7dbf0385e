import type { GlobalConfig, NumberField } from 'payload'
import { sourceHashField } from '../fields/titleFields.ts'
import { anyone, publishers } from '../access/roles.ts'

/** Site-wide settings: name, contact, accessibility statement, consent text, readability limit, synonyms for "Spørg". */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { da: 'Indstillinger', en: 'Site settings' },
  access: { read: anyone, update: publishers },
  versions: { max: 50 },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      required: true,
      localized: true,
      defaultValue: 'Jobunivers',
      label: { da: 'Sidens navn', en: 'Site name' },
    },
    {
      name: 'contact',
      type: 'group',
      label: { da: 'Kontakt', en: 'Contact' },
      fields: [
        { name: 'phone', type: 'text', label: { da: 'Telefon', en: 'Phone' } },
        { name: 'email', type: 'email', label: { da: 'E-mail', en: 'Email' } },
        {
          name: 'hours',
          type: 'text',
          localized: true,
          label: { da: 'Åbningstider', en: 'Opening hours' },
        },
        {
          name: 'bookingUrl',
          type: 'text',
          label: { da: 'Adresse til at booke en samtale', en: 'Booking address' },
        },
      ],
    },
    {
      name: 'accessibility',
      type: 'group',
      label: { da: 'Tilgængelighedserklæring', en: 'Accessibility statement' },
      fields: [
        {
          name: 'compliance',
          type: 'select',
          defaultValue: 'partial',
          label: { da: 'Overholdelse', en: 'Compliance' },
          options: [
            { value: 'full', label: { da: 'Fuldt', en: 'Full' } },
            { value: 'partial', label: { da: 'Delvist', en: 'Partial' } },
            { value: 'none', label: { da: 'Ikke', en: 'None' } },
          ],
        },
        {
          name: 'knownIssues',
          type: 'textarea',
          localized: true,
          label: { da: 'Kendte problemer', en: 'Known issues' },
        },
        {
          name: 'feedbackEmail',
          type: 'email',
          label: { da: 'E-mail til tilbagemeldinger', en: 'Feedback email' },
        },
        { name: 'preparedOn', type: 'date', label: { da: 'Udarbejdet den', en: 'Prepared on' } },
      ],
    },
    {
      name: 'consentText',
      type: 'textarea',
      localized: true,
      label: { da: 'Tekst om samtykke', en: 'Consent text' },
    },
    sourceHashField,
    {
      name: 'lixLimit',
      type: 'number',
      min: 10,
      max: 80,
      defaultValue: 40,
      label: { da: 'LIX-grænse for lektioner', en: 'LIX limit for lessons' },
    } satisfies NumberField,
    {
      name: 'synonyms',
      type: 'textarea',
      localized: true,
      label: { da: 'Synonymer', en: 'Synonyms' },
      admin: {
        description: {
          da: 'Ord, der betyder det samme, når borgere spørger under "Spørg". Én gruppe pr. linje, ordene adskilt af komma, fx: fyret, afskediget, opsagt. Gælder fra næste udgivelse af siden.',
          en: 'Words that mean the same when citizens ask under "Ask". One group per line, words separated by commas, e.g.: fired, dismissed, laid off. Applies from the next build of the site.',
        },
      },
    },
  ],
}
