'use client'
import { useField } from '@payloadcms/ui'
import { useId } from 'react'
import { useLocalFlowTexts } from './localFlowTexts.ts'
import { useAdminLanguage } from './messages.ts'
import { styles } from './styles.ts'
import { useLocalFlowDraft } from './useLocalFlowDraft.ts'

/**
 * At the top of a local flow: what no longer fits the national flow (a local step whose anchor
 * step was removed, a hidden step that is gone, a key the national flow now uses), naming the
 * steps. Follows the unsaved draft once the national flow is loaded; until then it shows what
 * the CMS found when the document was read.
 */
export const LocalFlowProblemsField = () => {
  const t = useLocalFlowTexts()
  const language = useAdminLanguage()
  const id = useId()
  const { value } = useField<string | null>({ path: 'problems' })
  const local = useLocalFlowDraft()
  const messages = local
    ? local.problems.map((problem) => problem.message[language])
    : (value ?? '').split('\n').filter(Boolean)
  if (messages.length === 0) {
    return local ? (
      <p role="status" data-jf-local-fits style={styles.muted}>
        {t.fits}
      </p>
    ) : null
  }
  return (
    <section
      role="status"
      aria-labelledby={`${id}-heading`}
      data-jf-local-problems
      style={{ ...styles.warning, padding: '8px 12px', margin: '8px 0 16px' }}
    >
      <h2 id={`${id}-heading`} style={{ fontSize: '1.1em', margin: '0 0 4px' }}>
        {t.problemsHeading}
      </h2>
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </section>
  )
}
