import type { Flow, Locale, Question } from '../../content-models/index.ts'
import { listOf } from '../draft.ts'
import { indexFlow, type FlowIndex } from '../flowIndex.ts'
import type { SentencePart } from './sentence.ts'
import { missingWords, words } from './words.ts'

/** A title in the locale, falling back to Danish, then to the key (drafts may lack titles). */
export function titleIn(value: unknown, locale: Locale, key: string): string {
  if (typeof value !== 'object' || value === null) return key
  const texts = value as Partial<Record<Locale, unknown>>
  for (const text of [texts[locale], texts.da]) if (typeof text === 'string' && text) return text
  return key
}

/** Looks up a flow's questions, options and steps as sentence parts, by their titles. */
export type Names = {
  index: FlowIndex
  question: (key: string) => SentencePart
  option: (question: Question, value: string) => SentencePart
  step: (key: string) => SentencePart
}

/** Names for a flow in a locale. */
export function namesFor(flow: Flow, locale: Locale): Names {
  const index = indexFlow(flow)
  return {
    index,
    question: (key) => {
      const question = index.questions.get(key)
      if (!question)
        return { kind: 'missing', ref: 'question', text: missingWords.question(key)[locale] }
      return { kind: 'question', question: key, text: titleIn(question.prompt, locale, key) }
    },
    option: (question, value) => {
      if (question.type === 'yesno' && (value === 'yes' || value === 'no')) {
        return { kind: 'option', question: question.key, option: value, text: words[value][locale] }
      }
      const option =
        question.type === 'yesno'
          ? undefined
          : listOf(question.options).find((found) => found.value === value)
      if (!option)
        return { kind: 'missing', ref: 'option', text: missingWords.option(value)[locale] }
      return {
        kind: 'option',
        question: question.key,
        option: value,
        text: titleIn(option.label, locale, value),
      }
    },
    step: (key) => {
      const step = index.steps.get(key)
      if (!step) return { kind: 'missing', ref: 'step', text: missingWords.step(key)[locale] }
      return { kind: 'step', step: key, text: titleIn(step.title, locale, key) }
    },
  }
}
