'use client'
import { getTranslation } from '@payloadcms/translations'
import { useField, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useId } from 'react'
import { useLocalFlowTexts } from './localFlowTexts.ts'
import { fill, useFlowTexts } from './messages.ts'
import { styles } from './styles.ts'
import { useNationalFlow } from './useNationalFlow.ts'

/**
 * A local step's anchor: the national step it comes after, chosen by title, stored as the
 * step's key. A key the national flow no longer has stays chosen, marked, with a warning.
 */
export const AnchorStepField: TextFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue, showError, errorMessage } = useField<string | null>({
    potentiallyStalePath: path,
  })
  const { i18n } = useTranslation()
  const t = useLocalFlowTexts()
  const flowTexts = useFlowTexts()
  const national = useNationalFlow()
  const id = useId()
  const steps = national.state === 'loaded' ? national.flow.steps.filter((step) => step.key) : []
  const gone = Boolean(value) && national.state === 'loaded' && !steps.some((s) => s.key === value)
  return (
    <div className="field-type" id={`field-${path.replace(/\./g, '__')}`} data-jf-anchor>
      <label htmlFor={id} className="field-label">
        {getTranslation(field.label || field.name, i18n)}
      </label>
      {national.state === 'loaded' ? (
        <select
          id={id}
          style={styles.select}
          value={value ?? ''}
          disabled={readOnly}
          onChange={(event) => {
            setValue(event.target.value)
          }}
        >
          <option value="">{t.chooseStep}</option>
          {steps.map((step) => (
            <option key={step.key} value={step.key}>
              {step.title.da.trim() || flowTexts.untitled}
            </option>
          ))}
          {gone && value && (
            <option value={value}>{fill(flowTexts.missingKey, { key: value })}</option>
          )}
        </select>
      ) : (
        <p id={id} style={styles.muted}>
          {national.state === 'loading' ? t.loading : t.chooseFlowFirst}
        </p>
      )}
      {gone && value && (
        <p role="alert" style={styles.warning} data-jf-anchor-gone>
          {fill(t.anchorGone, { key: value })}
        </p>
      )}
      {showError && errorMessage && !gone && (
        <p role="alert" style={styles.warning}>
          {errorMessage}
        </p>
      )}
    </div>
  )
}
