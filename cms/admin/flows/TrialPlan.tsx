'use client'
import { useEffect, useRef } from 'react'
import type { Flow } from '../../../content-models/index.ts'
import type { FlowPlan } from '../../../flows/index.ts'
import type { CitizenTexts } from './citizenTexts.ts'
import { fill } from './messages.ts'
import { styles } from './styles.ts'

type Props = {
  flow: Flow
  plan: FlowPlan
  c: CitizenTexts
  focus: boolean
  onToggle: (key: string) => void
  onEdit: (() => void) | null
}

/** The plan as the citizen sees it: progress, every visible step with its status, tick as done. */
export function TrialPlan({ flow, plan, c, focus, onToggle, onEdit }: Props) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focus) heading.current?.focus()
  }, [focus])
  const { done, total, minutesLeft } = plan.progress
  const status = { done: c.statusDone, current: c.statusCurrent, todo: c.statusTodo }
  const hasContact = plan.steps.some((planned) => planned.step.kind === 'contact')
  const contactStep = flow.steps.find((step) => step.kind === 'contact')
  return (
    <section data-jf-trial-plan aria-labelledby="jf-trial-plan-heading">
      <h3
        id="jf-trial-plan-heading"
        ref={heading}
        tabIndex={-1}
        style={{ margin: '4px 0 8px', fontSize: '1.2em' }}
      >
        {c.planHeading}
      </h3>
      <p>{c.planIntro}</p>
      <p role="status" aria-live="polite" data-jf-trial-progress>
        {plan.next ? fill(c.progress, { done, total, minutes: minutesLeft }) : c.allDone}
      </p>
      {plan.fallback && (
        <p style={{ ...styles.box, margin: '8px 0' }}>
          <strong>{c.fallbackHeading}</strong>
          {plan.fallback.message?.da ? ` ${plan.fallback.message.da}` : ''}
        </p>
      )}
      <ol data-jf-trial-steps style={{ paddingLeft: 20 }}>
        {plan.steps.map((planned) => (
          <li
            key={planned.key}
            data-step={planned.key}
            data-status={planned.status}
            style={{ margin: '8px 0' }}
          >
            <strong>{planned.step.title.da}</strong> — {status[planned.status]}
            <br />
            <span style={styles.muted}>
              {[
                fill(c.minutesShort, { n: planned.step.minutes }),
                planned.step.required ? '' : c.optional,
              ]
                .filter(Boolean)
                .join(' · ')}
              {planned.step.kind === 'contact' ? ` · ${c.contactStep}` : ''}
            </span>{' '}
            <button
              type="button"
              style={styles.button}
              onClick={() => {
                onToggle(planned.key)
              }}
              aria-label={`${planned.status === 'done' ? c.markUndone : c.markDone}: ${planned.step.title.da}`}
            >
              {planned.status === 'done' ? c.markUndone : c.markDone}
            </button>
          </li>
        ))}
        {!hasContact && (
          <li style={{ margin: '8px 0' }}>
            <strong>{contactStep?.title.da || c.contactHeading}</strong>
            <br />
            <span style={styles.muted}>{c.contactStep}</span>
          </li>
        )}
      </ol>
      {onEdit && (
        <button type="button" style={styles.button} onClick={onEdit}>
          {c.editAnswers}
        </button>
      )}
    </section>
  )
}
