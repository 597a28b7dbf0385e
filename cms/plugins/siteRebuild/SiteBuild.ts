import type { GlobalConfig } from 'payload'
import { loggedIn } from '../../access/roles.ts'

const readOnly = { readOnly: true }
/** Only the system writes the state, through the Local API (which skips access). */
const nobody = (): boolean => false

/** The last site rebuild: written by the system after publishing, shown to everyone logged in. */
export const SiteBuild: GlobalConfig = {
  slug: 'site-build',
  label: { da: 'Sidens opdatering', en: 'Site rebuild' },
  admin: {
    group: { da: 'System', en: 'System' },
    description: {
      da: 'Når du udgiver, bygges borgernes side igen. Her ses, hvordan det sidst gik.',
      en: "When you publish, the citizens' site is rebuilt. This shows how the last rebuild went.",
    },
  },
  access: { read: loggedIn, update: nobody },
  fields: [
    {
      name: 'status',
      type: 'select',
      defaultValue: 'idle',
      label: { da: 'Status', en: 'Status' },
      admin: readOnly,
      options: [
        { value: 'idle', label: { da: 'Ingen endnu', en: 'None yet' } },
        { value: 'pending', label: { da: 'Venter', en: 'Waiting' } },
        { value: 'running', label: { da: 'Bygger', en: 'Building' } },
        { value: 'succeeded', label: { da: 'Lykkedes', en: 'Succeeded' } },
        { value: 'failed', label: { da: 'Fejlede', en: 'Failed' } },
      ],
    },
    {
      name: 'reason',
      type: 'text',
      label: { da: 'Udløst af', en: 'Triggered by' },
      admin: readOnly,
    },
    {
      name: 'requestedAt',
      type: 'date',
      label: { da: 'Bedt om', en: 'Requested' },
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'startedAt',
      type: 'date',
      label: { da: 'Startet', en: 'Started' },
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: { da: 'Færdig', en: 'Finished' },
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'error', type: 'textarea', label: { da: 'Fejl', en: 'Error' }, admin: readOnly },
    { name: 'builds', type: 'number', label: { da: 'Antal byg', en: 'Builds' }, admin: readOnly },
  ],
}
