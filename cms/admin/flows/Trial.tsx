'use client'
import { useEffect, useId, useRef, useState } from 'react'
import type { Flow } from '../../../content-models/index.ts'
import {
  answersOnPath,
  firstScreen,
  planFlow,
  questionBefore,
  questionNumber,
  questionPath,
  screenAfter,
  type Screen,
  type ScreeningAnswer,
} from '../../../flows/index.ts'
import type { CitizenTexts } from './citizenTexts.ts'
import { fill, type FlowTexts } from './messages.ts'
import { styles } from './styles.ts'

/** A citizen's answers in the trial, by question key. */
type TrialAnswers = Readonly<Record<string, ScreeningAnswer>>
import { TrialPlan } from './TrialPlan.tsx'
import { TrialQuestion } from './TrialQuestion.tsx'

/** Answers handed over from a row of the path map, with the plan's number; `nonce` restarts. */
export type TrialRequest = { answers: TrialAnswers; plan: number; variant: string; nonce: number }

type Props = { flow: Flow; t: FlowTexts; c: CitizenTexts; request: TrialRequest | null }

/**
 * "Prøv forløbet": the draft flow as a citizen meets it (questions one per screen, then the
 * plan), run by the same engine as the site, with tracking off: nothing leaves the browser.
 */
export function Trial({ flow, t, c, request }: Props) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const [answers, setAnswers] = useState<TrialAnswers>({})
  const [completed, setCompleted] = useState<string[]>([])
  const [screen, setScreen] = useState<Screen | null>(null)
  const [variant, setVariant] = useState('')
  const [moved, setMoved] = useState(false)
  const [fromPlan, setFromPlan] = useState<number | null>(null)
  const region = useRef<HTMLElement>(null)

  useEffect(() => {
    if (!request) return
    setOpen(true)
    setAnswers(request.answers)
    setCompleted([])
    setFromPlan(request.plan)
    setVariant(request.variant)
    setScreen({ kind: 'plan' })
    setMoved(true)
    region.current?.scrollIntoView({ block: 'start' })
  }, [request])

  const variants = flow.variants.filter((v) => v.key)
  const forced = variants.find((v) => v.key === variant)
  const planned: Flow = { ...flow, variants: forced ? [{ ...forced, share: 100 }] : [] }
  const start = () => {
    setOpen(true)
    setAnswers({})
    setCompleted([])
    setFromPlan(null)
    setMoved(true)
    setScreen(firstScreen(planned, {}))
  }
  // The draft may change under the trial: a question no longer on the path falls back to the first open screen.
  const current: Screen | null =
    screen?.kind === 'question' && !questionPath(planned, answers).some((q) => q.key === screen.key)
      ? firstScreen(planned, answers)
      : screen

  const body = () => {
    if (!current) return null
    if (flow.steps.length === 0) return <p>{t.trialNoSteps}</p>
    if (current.kind === 'question') {
      const question = planned.questions.find((q) => q.key === current.key)
      if (!question) return null
      const previous = questionBefore(planned, answers, question.key)
      return (
        <TrialQuestion
          key={question.key}
          question={question}
          answer={answers[question.key]}
          number={questionNumber(planned, answers, question.key)}
          c={c}
          onBack={
            previous
              ? () => {
                  setScreen({ kind: 'question', key: previous })
                }
              : null
          }
          onAnswer={(value) => {
            const next = { ...answers, [question.key]: value }
            const after = screenAfter(planned, next, question.key)
            setAnswers(after.kind === 'plan' ? answersOnPath(planned, next) : next)
            setMoved(true)
            setScreen(after)
          }}
        />
      )
    }
    const plan = planFlow(planned, { answers, completed, subject: 'admin-trial' })
    const first = questionPath(planned, answers)[0]
    return (
      <TrialPlan
        flow={planned}
        plan={plan}
        c={c}
        focus={moved}
        onToggle={(key) => {
          setCompleted((before) =>
            before.includes(key) ? before.filter((k) => k !== key) : [...before, key],
          )
        }}
        onEdit={
          first
            ? () => {
                setScreen({ kind: 'question', key: first.key })
              }
            : null
        }
      />
    )
  }

  return (
    <section
      ref={region}
      data-jf-trial
      aria-labelledby={`${id}-heading`}
      style={{ ...styles.box, scrollMarginTop: 140 }}
    >
      <h2 id={`${id}-heading`} style={{ margin: '0 0 8px', fontSize: '1.4em' }}>
        {t.trialHeading}
      </h2>
      <p>{t.trialIntro}</p>
      <div style={styles.row}>
        {variants.length > 0 && (
          <label style={styles.row}>
            {t.trialVariant}
            <select
              style={styles.select}
              value={variant}
              onChange={(event) => {
                setVariant(event.target.value)
              }}
            >
              <option value="">{t.trialNoVariant}</option>
              {variants.map((v) => (
                <option key={v.key} value={v.key}>
                  {v.key}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" style={styles.button} onClick={start}>
          {open ? t.trialRestart : t.trialStart}
        </button>
        {open && (
          <button
            type="button"
            style={styles.button}
            onClick={() => {
              setOpen(false)
              setScreen(null)
            }}
          >
            {t.trialClose}
          </button>
        )}
      </div>
      {open && fromPlan !== null && (
        <p style={styles.muted}>{fill(t.trialAnswersUsed, { n: fromPlan })}</p>
      )}
      {open && (
        <div
          data-jf-trial-screen
          style={{ ...styles.box, background: 'var(--theme-elevation-50)' }}
        >
          {body()}
        </div>
      )}
    </section>
  )
}
