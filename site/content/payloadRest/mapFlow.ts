import { base, contentRefOf, jsonOrNull, localizedValue, optionalText, row, rows, slugOf, textOrEmpty, type Row } from './fields.ts'

function mapQuestion(question: Row): Row {
  return {
    key: question.key,
    type: question.type,
    prompt: localizedValue(question.prompt),
    help: optionalText(question.help),
    options: rows(question.options).map((option) => ({ value: option.value, label: localizedValue(option.label) })),
  }
}

/** A step's reminder: null when the editor chose "Gentages ikke" (or left it unset). */
function mapReminder(value: unknown): Row | null {
  const reminder = row(value)
  if (typeof reminder.every !== 'string' || reminder.every === 'none') return null
  return {
    every: reminder.every,
    ...(reminder.every === 'weekday' ? { weekday: reminder.weekday } : {}),
    text: localizedValue(reminder.text),
  }
}

/** One flow step: its content becomes a reference by slug; an empty condition becomes null. */
export function mapStep(step: Row): Row {
  return {
    key: step.key,
    title: localizedValue(step.title),
    summary: optionalText(step.summary),
    kind: step.kind,
    content: step.kind === 'contact' ? null : contentRefOf(step.content),
    showWhen: jsonOrNull(step.showWhen),
    required: step.required !== false,
    minutes: step.minutes ?? undefined,
    reminder: mapReminder(step.reminder),
  }
}

/** A flow: steps' content and the fallback flow become slugs; empty conditions become null. */
export function mapFlow(doc: Row): Row {
  const fallback = row(doc.fallback)
  return {
    ...base(doc),
    title: localizedValue(doc.title),
    summary: textOrEmpty(doc.summary),
    audiences: doc.audiences ?? [],
    questions: rows(doc.questions).map(mapQuestion),
    steps: rows(doc.steps).map(mapStep),
    variants: rows(doc.variants).map((variant) => ({
      key: variant.key,
      share: variant.share,
      moveFirst: variant.moveFirst ?? [],
      hide: variant.hide ?? [],
    })),
    fallback:
      jsonOrNull(fallback.when) === null && fallback.flow == null
        ? null
        : { when: fallback.when, flow: slugOf(fallback.flow), message: optionalText(fallback.message) },
  }
}
