import type { Locale } from '../../content-models/browser.ts'
import { messagesFor } from '../i18n/index.ts'
import { ReasonText } from './ReasonText.tsx'
import type { StepWithReason } from './stepReasons.ts'

type Props = {
  locale: Locale
  entry: StepWithReason
  /** The id of the step's title, so "Ret dine svar" says which step it belongs to. */
  titleId: string
  /** Opens a question again; null when there is no question to open. */
  onEditQuestion: ((question: string) => void) | null
}

/**
 * Why a step is (or is not) in the plan, in words from the citizen's own answers, with the
 * variant's part when it moved or left out the step, and "Ret dine svar" at the first question
 * the reason names.
 */
export function StepReasonView({ locale, entry, titleId, onEditQuestion }: Props) {
  const t = messagesFor(locale)
  const { reason, variant } = entry
  const question = reason.questions[0]
  return (
    <>
      {variant !== 'hidden' && (
        <p className="jf-reason-text">
          <ReasonText sentence={reason.sentence} />
        </p>
      )}
      {variant && (
        <p className="jf-reason-text">
          {variant === 'moved' ? t.flow.variantReason : t.flow.variantHidden}
        </p>
      )}
      {question && onEditQuestion && variant !== 'hidden' && (
        <p className="jf-reason-text">
          <button
            type="button"
            className="button-unstyled-link"
            aria-describedby={titleId}
            data-question={question}
            onClick={() => onEditQuestion(question)}
          >
            {t.flow.editAnswers}
          </button>
        </p>
      )}
    </>
  )
}
