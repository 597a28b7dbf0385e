import { useEffect, useMemo, useRef, useState } from 'react'
import type { Flow, Locale } from '../../content-models/browser.ts'
import type { FlowPlan, FlowState, PlanOptions } from '../../flows/index.ts'
import { format, messagesFor } from '../i18n/index.ts'
import { local } from '../lib/text.ts'
import type { StepDone } from '../state/flowState.ts'
import { openRecurringSteps } from '../reminders/planReminders.ts'
import { NotChosenSteps } from './NotChosenSteps.tsx'
import { ReminderDownload } from './ReminderDownload.tsx'
import { StepItem } from './StepItem.tsx'
import { StepReasonView } from './StepReasonView.tsx'
import { stepReasons } from './stepReasons.ts'
import { WhyDisclosure } from './WhyDisclosure.tsx'
import type { FlowIslandProps } from './types.ts'
import { afterPaint } from './afterPaint.ts'
import { ContactStepText, contactStepTitle } from './ContactStepText.tsx'
import type { MunicipalityStatus } from './useMunicipality.ts'

type Props = {
  locale: Locale
  flow: Flow
  plan: FlowPlan
  doneOf: (key: string) => StepDone
  stepLinks: Record<string, string>
  fallbackFlow: FlowIslandProps['fallbackFlow']
  contactHref: string
  /** The citizen's municipality: the contact step shows its phone, or "Find dit jobcenter". */
  municipality: MunicipalityStatus
  focusOnShow: boolean
  onToggle: (key: string) => void
  onEdit: (() => void) | null
  /** What the plan was made from, so each step can say why it is there. */
  flowState: FlowState
  planOptions: PlanOptions
  /** Opens one question again ("Ret dine svar" at a reason). */
  onEditQuestion: ((question: string) => void) | null
}

/** The citizen's personalised plan: progress (announced), the next step, a fallback, every step. */
export function PlanView({
  locale,
  flow,
  plan,
  doneOf,
  stepLinks,
  fallbackFlow,
  contactHref,
  municipality,
  focusOnShow,
  onToggle,
  onEdit,
  flowState,
  planOptions,
  onEditQuestion,
}: Props) {
  const t = messagesFor(locale)
  const heading = useRef<HTMLHeadingElement>(null)
  const [showAll, setShowAll] = useState(false)
  const reasons = useMemo(
    () => stepReasons(flow, plan, flowState, locale, planOptions),
    [flow, plan, flowState, locale, planOptions],
  )
  const reasonOf = new Map(reasons.map((entry) => [entry.step.key, entry]))
  useEffect(
    () => (focusOnShow ? afterPaint(() => heading.current?.focus()) : undefined),
    [focusOnShow],
  )
  const { done, total, minutesLeft } = plan.progress
  const next = plan.next
    ? { title: local(plan.next.step.title, locale), href: stepLinks[plan.next.key] ?? '#' }
    : null
  const fallback =
    plan.fallback && fallbackFlow && plan.fallback.flow === fallbackFlow.slug ? plan.fallback : null
  const fallbackMessage = fallback?.message ? local(fallback.message, locale) : null
  const fallbackTitle = fallbackFlow ? local(fallbackFlow.title, locale) : null
  const hasContact = plan.steps.some((planned) => planned.step.kind === 'contact')
  const contactStep = flow.steps.find((step) => step.kind === 'contact')
  // The contact step always shows (below, when its rule leaves it out): never "not chosen".
  const notChosen = reasons.filter((entry) => !entry.chosen && entry.step.kind !== 'contact')
  const recurring = openRecurringSteps(plan, locale, (key) => stepLinks[key])
  return (
    <section className="jf-plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading" className="jf-screen-heading" tabIndex={-1} ref={heading}>
        {t.flow.planHeading}
      </h2>
      <p>{t.flow.planIntro}</p>
      <p className="jf-progress" role="status" aria-live="polite">
        {next ? format(t.flow.progress, { done, total, minutes: minutesLeft }) : t.flow.allDone}
      </p>
      <progress
        className="jf-progress-bar"
        max={Math.max(total, 1)}
        value={done}
        aria-hidden="true"
      />
      {next && (
        <p>
          <a className="button button-primary" href={next.href}>
            {format(t.flow.nextStep, { title: next.title.value })}
          </a>
        </p>
      )}
      {fallback && fallbackFlow && fallbackTitle && (
        <div className="alert alert-info jf-fallback">
          <div className="alert-body">
            <h3 className="alert-heading">{t.flow.fallbackHeading}</h3>
            {fallbackMessage && (
              <p className="alert-text" lang={fallbackMessage.lang}>
                {fallbackMessage.value}
              </p>
            )}
            <p className="alert-text">
              <a href={fallbackFlow.href}>
                {format(t.flow.fallbackLink, { title: fallbackTitle.value })}
              </a>
            </p>
          </div>
        </div>
      )}
      <ol className="jf-tasks">
        {plan.steps.map((planned) => (
          <StepItem
            key={planned.key}
            locale={locale}
            planned={planned}
            href={stepLinks[planned.key] ?? contactHref}
            done={doneOf(planned.key)}
            onToggle={() => onToggle(planned.key)}
            contact={{
              title: contactStepTitle(municipality, locale),
              text: <ContactStepText status={municipality} locale={locale} />,
            }}
            why={(titleId) => {
              const entry = reasonOf.get(planned.key)
              return (
                entry && (
                  <WhyDisclosure locale={locale}>
                    <StepReasonView
                      locale={locale}
                      entry={entry}
                      titleId={titleId}
                      onEditQuestion={onEditQuestion}
                    />
                  </WhyDisclosure>
                )
              )
            }}
          />
        ))}
        {!hasContact && (
          <li className="jf-task jf-task--todo">
            <h3 className="jf-task-title">
              {contactStepTitle(municipality, locale) !== null ? (
                <a href={contactHref}>{contactStepTitle(municipality, locale)}</a>
              ) : contactStep ? (
                <a href={contactHref} lang={local(contactStep.title, locale).lang}>
                  {local(contactStep.title, locale).value}
                </a>
              ) : (
                <a href={contactHref}>{t.site.contactHeading}</a>
              )}
            </h3>
            <ContactStepText status={municipality} locale={locale} />
          </li>
        )}
      </ol>
      <p>
        <button
          type="button"
          className="button button-secondary jf-show-all"
          aria-pressed={showAll}
          onClick={() => setShowAll((shown) => !shown)}
        >
          {t.flow.showAllSteps}
        </button>
      </p>
      {showAll && (
        <NotChosenSteps
          locale={locale}
          entries={notChosen}
          stepLinks={stepLinks}
          onEditQuestion={onEditQuestion}
        />
      )}
      <ReminderDownload
        locale={locale}
        flow={{ slug: flow.slug, title: local(flow.title, locale).value }}
        steps={recurring}
      />
      {onEdit && (
        <div className="jf-actions">
          <button type="button" className="button button-secondary" onClick={onEdit}>
            {t.flow.editAnswers}
          </button>
        </div>
      )}
    </section>
  )
}
