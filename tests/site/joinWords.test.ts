import { expect, test } from 'vitest'
import { joinWords } from '../../site/i18n/joinWords.ts'

const words = ['Jobloggen', 'CV', 'Dagpenge', 'Møder']

test('joinWords joins as Intl.ListFormat does, in Danish and English, for 0 to 4 words', () => {
  for (const locale of ['da', 'en'] as const) {
    const intl = new Intl.ListFormat(locale, { type: 'conjunction' })
    for (let n = 0; n <= words.length; n++)
      expect(joinWords(words.slice(0, n), locale), `${locale} ${n}`).toBe(
        intl.format(words.slice(0, n)),
      )
  }
})
