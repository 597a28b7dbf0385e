import type { Field } from 'payload'
import { audiences } from '../../content-models/index.ts'

const labels = {
  'new-dagpenge': { da: 'Ny på dagpenge', en: 'New on unemployment benefit' },
  'short-term': { da: 'Kort tid ledig', en: 'Short-term unemployed' },
  'job-target': { da: 'Klart jobmål', en: 'Clear job target' },
} as const

/** Which of the three target groups a document is for. */
export const audiencesField: Field = {
  name: 'audiences',
  type: 'select',
  hasMany: true,
  label: { da: 'Målgrupper', en: 'Target groups' },
  options: audiences.map((value) => ({ value, label: labels[value] })),
}
