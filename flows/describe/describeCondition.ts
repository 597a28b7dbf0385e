import type { Condition, Flow, Locale } from '../../content-models/index.ts'
import { namesFor, type Names } from './names.ts'
import {
  glue,
  joinList,
  toSentence,
  type ConditionSentence,
  type SentencePart,
} from './sentence.ts'
import { missingWords, words } from './words.ts'

/**
 * A condition as a sentence in the editor's language, built from the titles of the flow's
 * questions, options and steps (never their keys): "når «Har du et CV på Jobnet?» er «Nej»",
 * groups joined by "og"/"eller" (nested groups in parentheses), "ikke (…)", "trinnet «…» er
 * klaret", "tjeklisten i «…» er gjort færdig". No condition reads "Vises altid". A reference to
 * a question, option or step the flow lacks becomes a `missing` part that says so.
 * @example
 * // flow: content/flows/ny-paa-dagpenge.md (checked by tests/flows/examples.test.ts)
 * describeCondition({ answer: 'cv-klar', is: 'no' }, flow, 'da').text
 * // 'når Har du et CV på Jobnet, som er klar? er Nej'
 * describeCondition(null, flow, 'en').text // 'Always shown'
 */
export function describeCondition(
  condition: Condition | null | undefined,
  flow: Flow,
  locale: Locale,
): ConditionSentence {
  if (condition === null || condition === undefined) return toSentence([glue(words.always, locale)])
  const names = namesFor(flow, locale)
  return toSentence([glue(words.when, locale), ...partsOf(condition, names, locale, false)])
}

const text = (value: string): SentencePart => ({ kind: 'text', text: value })

function invalid(locale: Locale, what: 'invalid' | 'emptyGroup' = 'invalid'): SentencePart {
  return { kind: 'missing', ref: 'condition', text: missingWords[what]()[locale] }
}

/** The parts of one condition; `nested` puts a group of several parts in parentheses. */
function partsOf(
  condition: unknown,
  names: Names,
  locale: Locale,
  nested: boolean,
): SentencePart[] {
  if (typeof condition !== 'object' || condition === null) return [invalid(locale)]
  if ('all' in condition || 'any' in condition) {
    const isAll = 'all' in condition
    const list: unknown = isAll ? condition.all : condition.any
    if (!Array.isArray(list) || list.length === 0) return [invalid(locale, 'emptyGroup')]
    // A group of one reads as its only part.
    if (list.length === 1) return partsOf(list[0], names, locale, nested)
    const joiner = glue(isAll ? words.and : words.or, locale)
    const joined = list.flatMap((part: unknown, at) => [
      ...(at === 0 ? [] : [joiner]),
      ...partsOf(part, names, locale, true),
    ])
    return nested ? [text('('), ...joined, text(')')] : joined
  }
  if ('not' in condition) {
    return [glue(words.not, locale), ...partsOf(condition.not, names, locale, false), text(')')]
  }
  if ('answer' in condition) {
    const key = String(condition.answer)
    const question = names.index.questions.get(key)
    if (!question) return [names.question(key)]
    const named: unknown =
      'is' in condition ? [condition.is] : (condition as unknown as { in: unknown }).in
    const verb = glue(question.type === 'multi' ? words.includes : words.is, locale)
    if (!Array.isArray(named) || named.length === 0)
      return [names.question(key), verb, invalid(locale)]
    const values = named.map((value) => [names.option(question, String(value))])
    return [
      names.question(key),
      verb,
      ...joinList(values, glue(words.or, locale), glue(words.listComma, locale)),
    ]
  }
  if ('completed' in condition) {
    const step = names.step(String(condition.completed))
    return [glue(words.stepBefore, locale), step, glue(words.stepDone, locale)]
  }
  if ('checklistDone' in condition) {
    const step = names.step(String(condition.checklistDone))
    return [glue(words.checklistBefore, locale), step, glue(words.checklistDone, locale)]
  }
  return [invalid(locale)]
}
