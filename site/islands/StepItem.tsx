import { useId, type ReactNode } from 'react'
import type { Locale } from '../../content-models/browser.ts'
import type { PlannedStep } from '../../flows/index.ts'
import { format, messagesFor } from '../i18n/index.ts'
import { local, localOptional } from '../lib/text.ts'
import type { StepDone } from '../state/flowState.ts'

type Props = {
  locale: Locale
  planned: PlannedStep
  href: string
  done: StepDone
  onToggle: () => void
  /** For the contact step: a title in place of its own (or null) and what it says. */
  contact?: { title: string | null; text: ReactNode } | undefined
  /** "Hvorfor?" for this step, given the id of its title. */
  why?: ((titleId: string) => ReactNode) | undefined
}

const badges = { done: 'badge badge-success', current: 'badge badge-info', todo: 'badge' } as const

/** One step of the plan (task-list look): title linking to the content, status, minutes, mark as done. */
export function StepItem({ locale, planned, href, done, onToggle, contact, why }: Props) {
  const t = messagesFor(locale)
  const id = useId()
  const { step, status } = planned
  const isContact = step.kind === 'contact'
  const replaced = isContact ? (contact?.title ?? null) : null
  const title = replaced ? { value: replaced, lang: undefined } : local(step.title, locale)
  const summary = replaced ? null : localOptional(step.summary, locale)
  const statusText = {
    done: t.flow.statusDone,
    current: t.flow.statusCurrent,
    todo: t.flow.statusTodo,
  }[status]
  const meta = [
    format(t.flow.minutesShort, { n: step.minutes }),
    step.required ? '' : t.flow.optional,
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <li className={`jf-task jf-task--${status}`} data-step={step.key} data-status={status}>
      <h3 className="jf-task-title" id={id}>
        <a href={href} lang={title.lang}>
          {title.value}
        </a>
      </h3>
      <strong className={`jf-task-status ${badges[status]}`}>{statusText}</strong>
      {summary && (
        <p className="jf-task-summary" lang={summary.lang}>
          {summary.value}
        </p>
      )}
      {isContact && (contact?.text ?? <p className="jf-task-summary">{t.flow.contactStep}</p>)}
      <p className="jf-task-meta">{meta}</p>
      {done !== 'derived' && (
        <p className="jf-task-actions">
          <button
            type="button"
            className="button-unstyled-link"
            onClick={onToggle}
            aria-describedby={id}
          >
            {done ? t.flow.markUndone : t.flow.markDone}
          </button>
        </p>
      )}
      {why && <div className="jf-task-summary">{why(id)}</div>}
    </li>
  )
}
