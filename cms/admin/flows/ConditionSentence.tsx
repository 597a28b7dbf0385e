'use client'
import type { Condition, Flow } from '../../../content-models/index.ts'
import { describeCondition } from '../../../flows/index.ts'
import { styles } from './styles.ts'

/**
 * The whole condition as one sentence of titles, from the flow engine: "Vis trinnet, når
 * **Har du en a-kasse?** er **Nej**". What the rule names but the flow lacks is marked.
 */
export function ConditionSentence({
  condition,
  flow,
  language,
  lead,
}: {
  condition: Condition
  flow: Flow
  language: 'da' | 'en'
  lead: string
}) {
  const sentence = describeCondition(condition, flow, language)
  // The engine's sentence starts with "når"/"when"; the lead says it first.
  const [first, ...rest] = sentence.parts
  const parts =
    first?.kind === 'text' && /^\s*(når|when)\s/i.test(first.text)
      ? [{ ...first, text: first.text.replace(/^\s*(når|when)\s+/i, '') }, ...rest]
      : sentence.parts
  return (
    <p data-jf-condition-sentence style={{ margin: '4px 0' }}>
      {lead}{' '}
      {parts.map((part, index) =>
        part.kind === 'text' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'missing' ? (
          <mark key={index} style={{ ...styles.warning, padding: '0 4px' }}>
            {part.text}
          </mark>
        ) : (
          <strong key={index}>{part.text}</strong>
        ),
      )}
    </p>
  )
}
