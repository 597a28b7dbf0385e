import type { DeviceState } from '../../state/deviceState.ts'
import type { TrackingEvent } from '../../events/index.ts'
import { format } from '../../i18n/format.ts'
import type { MyDataMessages } from './messages.ts'
import type { DataLabels } from './types.ts'

/** The citizen's answers in words: "Flow – question: answer". */
export function describeAnswers(state: DeviceState, labels: DataLabels): string[] {
  return Object.entries(state.answers).flatMap(([flow, answers]) => {
    const named = labels.flows[flow]
    return Object.entries(answers).map(([key, answer]) => {
      const question = named?.questions[key]
      const values = (Array.isArray(answer) ? answer : [answer]).map(
        (value) => question?.options[value] ?? value,
      )
      return `${named?.title ?? flow} – ${question?.prompt ?? key}: ${values.join(', ') || '–'}`
    })
  })
}

/** What is done, in words: a document's title, or "Flow – step" for a step marked by hand. */
export function describeCompleted(state: DeviceState, labels: DataLabels): string[] {
  return state.completed.map((ref) => {
    const step = /^steps\/([^/]+)\/(.+)$/.exec(ref)
    if (step) {
      const flow = labels.flows[step[1]!]
      return `${flow?.title ?? step[1]} – ${flow?.steps[step[2]!] ?? step[2]}`
    }
    return labels.content[ref] ?? ref
  })
}

/** Ticked checklist items, in words: "Checklist: item". */
export function describeChecked(state: DeviceState, labels: DataLabels): string[] {
  return Object.entries(state.checked).flatMap(([slug, items]) =>
    items.map(
      (item) =>
        `${labels.content[`checklists/${slug}`] ?? slug}: ${labels.items[slug]?.[item] ?? item}`,
    ),
  )
}

function describeAnswer(
  answer: NonNullable<TrackingEvent['answer']>,
  question: DataLabels['flows'][string]['questions'][string] | undefined,
): string {
  const values = (Array.isArray(answer.value) ? answer.value : [answer.value]).map(
    (value) => question?.options[value] ?? value,
  )
  return `${question?.prompt ?? answer.question}: ${values.join(', ')}`
}

/** One event in words: what happened and what it was about. */
export function describeEvent(
  event: TrackingEvent,
  labels: DataLabels,
  messages: MyDataMessages,
): { what: string; about: string } {
  const what = format(messages.events[event.type] ?? event.type, { value: event.value ?? '' })
  const flow = event.flow ? labels.flows[event.flow] : undefined
  const parts = [
    event.flow ? (flow?.title ?? event.flow) : '',
    event.step ? (flow?.steps[event.step] ?? event.step) : '',
    event.answer ? describeAnswer(event.answer, flow?.questions[event.answer.question]) : '',
    event.content ? (labels.content[event.content] ?? event.content) : '',
  ]
  return { what, about: parts.filter(Boolean).join(' – ') }
}
