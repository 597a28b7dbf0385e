'use client'
import { getTranslation } from '@payloadcms/translations'
import { useField, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientComponent, TextFieldClientProps } from 'payload'
import { useId } from 'react'
import { fill, useFlowTexts } from './messages.ts'
import { styles } from './styles.ts'
import { useFlowDraft } from './useFlowDraft.ts'

/** What a step pick list shows: the steps to offer, by key and title. */
type StepPickerProps = {
  field: TextFieldClientProps['field']
  path: string
  readOnly?: boolean
  steps: readonly { key: string; title: string }[]
}

/**
 * A list of steps to tick, stored as their keys. A key whose step is gone stays listed, marked,
 * until the editor unticks it. Used for a variant's steps and a local flow's hidden steps.
 */
export function StepPicker({ field, path, readOnly, steps: offered }: StepPickerProps) {
  const { value, setValue, showError, errorMessage } = useField<string[] | null>({
    potentiallyStalePath: path,
  })
  const { i18n } = useTranslation()
  const t = useFlowTexts()
  const id = useId()
  const chosen = Array.isArray(value) ? value : []
  const steps = offered.filter((step) => step.key)
  const missing = chosen.filter((key) => !steps.some((step) => step.key === key))
  const toggle = (key: string) => {
    setValue(chosen.includes(key) ? chosen.filter((k) => k !== key) : [...chosen, key])
  }
  const box = (key: string, label: string) => (
    <li key={key} style={{ display: 'flex', alignItems: 'center', gap: 6, margin: '2px 0' }}>
      <input
        type="checkbox"
        style={styles.check}
        id={`${id}-${key}`}
        checked={chosen.includes(key)}
        disabled={readOnly}
        onChange={() => {
          toggle(key)
        }}
      />
      <label htmlFor={`${id}-${key}`}>{label}</label>
    </li>
  )
  return (
    <fieldset
      className="field-type"
      id={`field-${path.replace(/\./g, '__')}`}
      data-jf-step-picker
      style={styles.box}
    >
      <legend style={{ fontWeight: 600, padding: '0 4px' }}>
        {getTranslation(field.label || field.name, i18n)}
      </legend>
      {steps.length === 0 && <p style={styles.muted}>{t.noSteps}</p>}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {steps.map((step) => box(step.key, step.title.trim() || t.untitled))}
        {missing.map((key) => box(key, fill(t.missingKey, { key })))}
      </ul>
      {showError && errorMessage && (
        <p role="alert" style={styles.warning}>
          {errorMessage}
        </p>
      )}
    </fieldset>
  )
}

/**
 * A variant's "Flyttes først" or "Skjules": stored as step keys, chosen as this flow's steps by
 * title.
 */
export const StepPickerField: TextFieldClientComponent = ({ field, path, readOnly }) => {
  const { vocabulary } = useFlowDraft()
  return <StepPicker field={field} path={path} readOnly={readOnly} steps={vocabulary.steps} />
}
