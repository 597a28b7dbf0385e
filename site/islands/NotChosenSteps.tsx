import { useId } from 'react'
import type { Locale } from '../../content-models/browser.ts'
import { messagesFor } from '../i18n/index.ts'
import { local } from '../lib/text.ts'
import { StepReasonView } from './StepReasonView.tsx'
import type { StepWithReason } from './stepReasons.ts'

type Props = {
  locale: Locale
  entries: readonly StepWithReason[]
  stepLinks: Record<string, string>
  onEditQuestion: ((question: string) => void) | null
}

function NotChosenStep({
  locale,
  entry,
  href,
  onEditQuestion,
}: Omit<Props, 'entries' | 'stepLinks'> & { entry: StepWithReason; href: string | undefined }) {
  const t = messagesFor(locale)
  const id = useId()
  const title = local(entry.step.title, locale)
  return (
    <li className="jf-task jf-task--not-chosen" data-not-chosen={entry.step.key}>
      <h4 className="jf-task-title" id={id}>
        <a href={href} lang={title.lang}>
          {title.value}
        </a>
      </h4>
      <strong className="jf-task-status badge">{t.flow.notChosen}</strong>
      <div className="jf-task-summary">
        <StepReasonView
          locale={locale}
          entry={entry}
          titleId={id}
          onEditQuestion={onEditQuestion}
        />
      </div>
    </li>
  )
}

/** "Vis alle trin": the flow's steps not in the plan, each marked and with its reason. */
export function NotChosenSteps({ locale, entries, stepLinks, onEditQuestion }: Props) {
  const t = messagesFor(locale)
  return (
    <section className="jf-not-chosen" aria-labelledby="not-chosen-heading">
      <h3 id="not-chosen-heading">{t.flow.notChosenHeading}</h3>
      {entries.length === 0 ? (
        <p>{t.flow.noneNotChosen}</p>
      ) : (
        <ul className="jf-tasks">
          {entries.map((entry) => (
            <NotChosenStep
              key={entry.step.key}
              locale={locale}
              entry={entry}
              href={stepLinks[entry.step.key]}
              onEditQuestion={onEditQuestion}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
