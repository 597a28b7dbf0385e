import type { Locale } from '../../content-models/browser.ts'

/**
 * Words joined as Intl.ListFormat's conjunction joins them in Danish and English ("a, b og c",
 * "a, b, and c"), without building an Intl.ListFormat: loading its locale data costs a slow
 * phone some 40 ms in the task that draws the plan.
 */
export function joinWords(words: readonly string[], locale: Locale): string {
  if (words.length <= 1) return words.join('')
  const and = locale === 'da' ? 'og' : 'and'
  const last = words[words.length - 1]!
  const head = words.slice(0, -1).join(', ')
  // English puts a comma before "and" from three words on; Danish never does.
  return words.length > 2 && locale === 'en' ? `${head}, ${and} ${last}` : `${head} ${and} ${last}`
}
