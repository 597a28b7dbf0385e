import type { ConditionSentence } from '../../flows/index.ts'

/** A reason sentence with the picked titles (the citizen's answers, the questions) in bold. */
export function ReasonText({ sentence }: { sentence: ConditionSentence }) {
  return (
    <>
      {sentence.parts.map((part, index) =>
        part.kind === 'text' || part.kind === 'missing' ? (
          part.text
        ) : (
          <strong key={index}>{part.text}</strong>
        ),
      )}
    </>
  )
}
