'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useId, useMemo } from 'react'
import {
  adaptationsAt,
  affectedAdaptations,
  type Adaptation,
  type AdaptationWarning,
  type NationalStep,
  type StepAdaptation,
} from './localAdaptations.ts'
import { useLocalAdaptationsTexts } from './localAdaptationsTexts.ts'
import { fill } from './messages.ts'
import { styles } from './styles.ts'
import { useFlowDraft } from './useFlowDraft.ts'
import { useLocalAdaptations } from './useLocalAdaptations.ts'

type Texts = ReturnType<typeof useLocalAdaptationsTexts>

const stepsOf = (value: unknown): NationalStep[] =>
  (Array.isArray(value) ? (value as Record<string, unknown>[]) : []).map((step) => ({
    key: typeof step.key === 'string' ? step.key : '',
    title: typeof step.title === 'string' ? step.title : '',
  }))

const changeText = (t: Texts, change: StepAdaptation) =>
  change.kind === 'after' ? fill(t.after, { local: change.localStep }) : t.hidden

const warningText = (t: Texts, warning: AdaptationWarning) =>
  warning.kind === 'after'
    ? fill(t.warnAfter, {
        municipality: warning.municipality,
        step: warning.step.title,
        local: warning.localStep,
      })
    : fill(t.warnHidden, { municipality: warning.municipality, step: warning.step.title })

/** Each national step the municipalities adapt, with what each of them does there. */
function AdaptationsTable({
  steps,
  adaptations,
  t,
}: {
  steps: NationalStep[]
  adaptations: Adaptation[]
  t: Texts
}) {
  const rows = steps.flatMap((step) =>
    adaptationsAt(step.key, adaptations).map((change) => ({ step, change })),
  )
  if (rows.length === 0) return <p>{t.noneAtSteps}</p>
  return (
    <table data-jf-local-adaptations-table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>
        {t.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'left' }}>
            {t.colStep}
          </th>
          <th scope="col" style={{ textAlign: 'left' }}>
            {t.colMunicipality}
          </th>
          <th scope="col" style={{ textAlign: 'left' }}>
            {t.colChange}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ step, change }, index) => (
          <tr key={`${step.key}-${String(index)}`}>
            <td>{step.title || step.key}</td>
            <td>{change.municipality}</td>
            <td>{changeText(t, change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * Under the national flow's steps: "Lokale tilpasninger", the municipalities that adapt this
 * flow and, per national step, their local steps after it and their hiding of it. While the
 * editor edits, a removed step (or changed key) that a municipality builds on is named in a
 * warning. Saving is never refused for it.
 */
export const LocalAdaptationsField = () => {
  const t = useLocalAdaptationsTexts()
  const headingId = useId()
  const loaded = useLocalAdaptations()
  const { data } = useFlowDraft()
  const { data: saved } = useDocumentInfo()
  const current = useMemo(() => stepsOf(data.steps), [data.steps])
  const savedSteps = useMemo(() => stepsOf(saved?.steps), [saved])
  if (loaded.state === 'none') return null
  const adaptations = loaded.state === 'loaded' ? loaded.adaptations : []
  const warnings = affectedAdaptations(
    [...current, ...savedSteps],
    current.map((step) => step.key),
    adaptations,
  )
  return (
    <section data-jf-local-adaptations aria-labelledby={headingId} style={styles.box}>
      <h3 id={headingId} style={{ margin: '0 0 8px' }}>
        {t.heading}
      </h3>
      <div aria-live="polite" data-jf-local-adaptation-warnings>
        {warnings.length > 0 && (
          <>
            <h4 style={{ margin: '4px 0' }}>{t.warningsHeading}</h4>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {warnings.map((warning, index) => (
                <li key={`${warning.step.key}-${String(index)}`} style={styles.warning}>
                  {warningText(t, warning)}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {loaded.state === 'loading' && <p>{t.loading}</p>}
      {loaded.state === 'loaded' && adaptations.length === 0 && <p>{t.none}</p>}
      {adaptations.length > 0 && (
        <>
          <p>
            {fill(t.municipalities, {
              list: [...new Set(adaptations.map((a) => a.municipality))].join(', '),
            })}
          </p>
          <AdaptationsTable steps={current} adaptations={adaptations} t={t} />
        </>
      )}
    </section>
  )
}
