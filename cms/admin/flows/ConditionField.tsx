'use client'
import { getTranslation } from '@payloadcms/translations'
import { useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { useMemo } from 'react'
import type { Condition } from '../../../content-models/index.ts'
import { ConditionEditor } from './ConditionEditor.tsx'
import { ConditionSentence } from './ConditionSentence.tsx'
import { draftEngineFlow } from './draftEngineFlow.ts'
import { useAdminLanguage, useFlowTexts } from './messages.ts'
import { styles } from './styles.ts'
import { useFlowDraft } from './useFlowDraft.ts'

/**
 * A step's "Vises når" or the alternative flow's "Foreslås når": stored as the engine's
 * condition JSON, edited as sentences with pick lists of this flow's own titles. Replaces
 * Payload's JSON editor (which loads Monaco from a CDN).
 */
export const ConditionField: JSONFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue, showError, errorMessage } = useField<Condition | null>({
    potentiallyStalePath: path,
  })
  const { i18n } = useTranslation()
  const t = useFlowTexts()
  const language = useAdminLanguage()
  const { data, vocabulary } = useFlowDraft()
  const flow = useMemo(() => draftEngineFlow(data), [data])
  const isFallback = !path.endsWith('showWhen')
  const lead = isFallback ? t.leadFallback : t.leadStep
  const empty = isFallback ? t.fallbackNever : t.always
  const condition = value && typeof value === 'object' ? value : null
  const labelId = `${path}-label`
  return (
    <div
      className="field-type"
      id={`field-${path.replace(/\./g, '__')}`}
      data-jf-condition
      role="group"
      aria-labelledby={labelId}
      style={{
        ...styles.box,
        ...(showError ? { borderColor: 'var(--theme-error-500, #b42318)' } : {}),
      }}
    >
      <p id={labelId} style={{ margin: 0, fontWeight: 600 }}>
        {getTranslation(field.label || field.name, i18n)}
      </p>
      {condition && (
        <ConditionSentence condition={condition} flow={flow} language={language} lead={lead} />
      )}
      {showError && errorMessage && (
        <p role="alert" style={styles.warning}>
          {errorMessage}
        </p>
      )}
      <ConditionEditor
        condition={condition}
        vocabulary={vocabulary}
        t={t}
        lead={lead}
        empty={empty}
        readOnly={readOnly}
        onChange={(next) => {
          setValue(next)
        }}
      />
    </div>
  )
}
