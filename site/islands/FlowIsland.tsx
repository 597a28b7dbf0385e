import { startTransition, useCallback, useMemo, type ReactNode } from 'react'
import {
  answersOnPath,
  firstScreen,
  planFlow,
  questionBefore,
  questionNumber,
  questionPath,
  screenAfter,
  type Screen,
} from '../../flows/index.ts'
import { track } from '../events/index.ts'
import { messagesFor } from '../i18n/index.ts'
import type { Answer } from '../state/deviceState.ts'
import { markRef, stepDone, toFlowState } from '../state/flowState.ts'
import { setAnswers, setCompleted } from '../state/updates.ts'
import { PlanView } from './PlanView.tsx'
import { QuestionScreen } from './QuestionScreen.tsx'
import type { FlowIslandProps } from './types.ts'
import { useDeviceState } from './useDeviceState.ts'
import { useFlowEvents } from './useFlowEvents.ts'
import { useMunicipality } from './useMunicipality.ts'
import { useScreen } from './useScreen.ts'
import { whenPainted } from './whenPainted.ts'

/**
 * On the server, and until the device state is read: the first question as a first-time visitor
 * sees it, so hydrating moves nothing on the page (no layout shift); and the children, the list
 * of every step, which CSS shows instead when the browser runs no scripts (site.css).
 */
function BeforeDeviceState({ locale, flow, children }: FlowIslandProps & { children?: ReactNode }) {
  const opening = firstScreen(flow, {})
  const question =
    opening.kind === 'question' ? flow.questions.find((q) => q.key === opening.key) : undefined
  return (
    <>
      {question && (
        <div className="jf-flow jf-with-scripts">
          <QuestionScreen
            locale={locale}
            question={question}
            answer={undefined}
            number={questionNumber(flow, {}, question.key)}
            focusOnShow={false}
            onAnswer={() => {}}
            onBack={null}
          />
        </div>
      )}
      <div className={question ? 'jf-without-scripts' : undefined}>{children}</div>
    </>
  )
}

/** A flow for one citizen: the screening questions one per screen, then the personalised plan. */
export default function FlowIsland(props: FlowIslandProps & { children?: ReactNode }) {
  const { locale, catalog, fallbackFlow, contactHref } = props
  const t = messagesFor(locale)
  const device = useDeviceState()
  // The chosen municipality's version of the flow: its own steps in, the steps it hides out.
  const { status: municipality, localVersion } = useMunicipality(device?.state.municipality, locale)
  const local = useMemo(
    () =>
      municipality.kind === 'local' && localVersion
        ? localVersion(props.flow, municipality.data, locale, contactHref)
        : null,
    [props.flow, municipality, localVersion, locale, contactHref],
  )
  const flow = local?.flow ?? props.flow
  const stepLinks = useMemo(
    () => (local ? { ...props.stepLinks, ...local.stepLinks } : props.stepLinks),
    [props.stepLinks, local],
  )
  const answers = useMemo(() => device?.state.answers[flow.slug] ?? {}, [device, flow.slug])
  const isValid = useCallback(
    (screen: Screen) =>
      screen.kind === 'plan' || questionPath(flow, answers).some((q) => q.key === screen.key),
    [flow, answers],
  )
  const initial = useMemo(
    () => (device ? () => firstScreen(flow, answers) : null),
    [device, flow, answers],
  )
  const { screen, go, back, moved } = useScreen(isValid, initial)
  useFlowEvents({ flow, device, catalog, onPlan: screen?.kind === 'plan', stepLinks })
  if (!device || !screen) return <BeforeDeviceState {...props} />

  const notice = device.reset && (
    <div className="alert alert-warning jf-reset-notice" role="alert">
      <div className="alert-body">
        <p className="alert-text">{t.state.resetNotice}</p>
      </div>
    </div>
  )
  const answer = (key: string, value: Answer) => {
    const first = Object.keys(answers).length === 0
    // Queueing an event reads and writes localStorage: after the next screen has painted.
    whenPainted(() => {
      if (first) track({ type: 'flow_started', flow: flow.slug }, { once: `started/${flow.slug}` })
      // Only option values defined in the flow are sent; an empty multi-choice answer is not.
      if (value.length > 0)
        track({ type: 'question_answered', flow: flow.slug, answer: { question: key, value } })
    })
    const next = { ...answers, [key]: value }
    const after = screenAfter(flow, next, key)
    // A transition: the click's task only sets state, and React renders the next screen (and
    // computes the plan) in tasks of its own that yield to the browser, so a slow phone gets
    // no long task from an answer.
    startTransition(() => {
      device.update((state) =>
        setAnswers(state, flow.slug, after.kind === 'plan' ? answersOnPath(flow, next) : next),
      )
      go(after)
    })
  }
  const question =
    screen.kind === 'question' ? flow.questions.find((q) => q.key === screen.key) : undefined
  if (question) {
    const previous = questionBefore(flow, answers, question.key)
    return (
      <div className="jf-flow">
        {notice}
        <QuestionScreen
          key={question.key}
          locale={locale}
          question={question}
          answer={answers[question.key]}
          number={questionNumber(flow, answers, question.key)}
          focusOnShow={moved.current}
          onAnswer={(value) => answer(question.key, value)}
          onBack={previous ? () => back({ kind: 'question', key: previous }) : null}
        />
      </div>
    )
  }
  const { state, options } = toFlowState(flow, device.state, catalog)
  const plan = planFlow(flow, state, options)
  const doneOf = (key: string) => {
    const step = flow.steps.find((s) => s.key === key)
    return step ? stepDone(flow.slug, step, device.state, catalog) : null
  }
  const toggle = (key: string) => {
    const step = flow.steps.find((s) => s.key === key)
    if (!step) return
    const isDone = doneOf(key) !== null
    device.update((current) => {
      // Undoing clears both the document and the step mark, whichever made it done.
      const cleared = setCompleted(
        setCompleted(current, markRef(flow.slug, step), false),
        `steps/${flow.slug}/${key}`,
        false,
      )
      return isDone ? cleared : setCompleted(current, markRef(flow.slug, step), true)
    })
  }
  const first = questionPath(flow, answers)[0]
  return (
    <div className="jf-flow">
      {notice}
      <PlanView
        locale={locale}
        flow={flow}
        plan={plan}
        doneOf={doneOf}
        stepLinks={stepLinks}
        fallbackFlow={fallbackFlow}
        contactHref={contactHref}
        municipality={municipality}
        focusOnShow={moved.current}
        onToggle={toggle}
        onEdit={first ? () => go({ kind: 'question', key: first.key }) : null}
        flowState={state}
        planOptions={options}
        onEditQuestion={(key) => {
          // A question the citizen was not asked opens the first one instead.
          const target = questionPath(flow, answers).find((q) => q.key === key) ?? first
          if (target) go({ kind: 'question', key: target.key })
        }}
      />
    </div>
  )
}
