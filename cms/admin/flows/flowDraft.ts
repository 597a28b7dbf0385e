import type { FormState } from 'payload'
import { reduceFieldsToValues } from 'payload/shared'

type Row = Record<string, unknown>

/** A question as the builder offers it: key, title in the edited locale, its options. */
export type DraftQuestion = {
  key: string
  title: string
  type: 'yesno' | 'single' | 'multi'
  options: { value: string; label: string }[]
}

/** A step as the builder offers it. */
type DraftStep = {
  key: string
  title: string
  kind: 'content' | 'contact'
  isChecklist: boolean
}

/** What the pick lists may offer: this flow's own questions, options and steps, from the unsaved form. */
export type Vocabulary = { questions: DraftQuestion[]; steps: DraftStep[] }

const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])
const str = (value: unknown) => (typeof value === 'string' ? value : '')

/** The form's values as a document (arrays and groups nested), as a save would send them. */
export function draftData(fields: FormState): Row {
  return reduceFieldsToValues(fields, true)
}

/** This flow's questions (yes/no with Ja/Nej), options and steps, by their titles in the edited locale. */
export function vocabularyOf(data: Row, yes: string, no: string): Vocabulary {
  return {
    questions: rows(data.questions).map((question) => {
      const type = question.type === 'yesno' || question.type === 'multi' ? question.type : 'single'
      return {
        key: str(question.key),
        title: str(question.prompt),
        type,
        options:
          type === 'yesno'
            ? [
                { value: 'yes', label: yes },
                { value: 'no', label: no },
              ]
            : rows(question.options).map((option) => ({
                value: str(option.value),
                label: str(option.label),
              })),
      }
    }),
    steps: rows(data.steps).map((step) => {
      const content = step.content as { relationTo?: unknown } | null | undefined
      return {
        key: str(step.key),
        title: str(step.title),
        kind: step.kind === 'contact' ? 'contact' : 'content',
        isChecklist: step.kind !== 'contact' && content?.relationTo === 'checklists',
      }
    }),
  }
}
