'use client'
import type { TextFieldClientComponent } from 'payload'
import { useLocalFlowTexts } from './localFlowTexts.ts'
import { StepPicker } from './StepPickerField.tsx'
import { styles } from './styles.ts'
import { useNationalFlow } from './useNationalFlow.ts'

/** A local flow's hidden steps: chosen among the national flow's steps, by title. */
export const NationalStepPickerField: TextFieldClientComponent = ({ field, path, readOnly }) => {
  const national = useNationalFlow()
  const t = useLocalFlowTexts()
  if (national.state !== 'loaded') {
    return (
      <p style={styles.muted}>{national.state === 'loading' ? t.loading : t.chooseFlowFirst}</p>
    )
  }
  const steps = national.flow.steps.map((step) => ({ key: step.key, title: step.title.da }))
  return <StepPicker field={field} path={path} readOnly={readOnly} steps={steps} />
}
