import { stemDanish } from './stemDanish.ts'
import { stemEnglish } from './stemEnglish.ts'
import { stopWords } from './stopwords.ts'

/** How a locale's words become terms: its stemmer and its stop words. */
export type Analyzer = {
  stem: (folded: string) => string
  isStopWord: (folded: string) => boolean
  /** Whether the language glues compounds together (Danish does, English does not). */
  compounds: boolean
  /** Endings tried, longest first, on a word neither the index nor the stemmer knows. */
  endings: readonly string[]
}

const endings = {
  da: ['erne', 'ede', 'ene', 'en', 'et', 'er', 'te', 'e', 's'],
  en: ['ing', 'ed', 'es', 's'],
}

/** The analyzer of a locale. */
export function analyzerFor(locale: 'da' | 'en'): Analyzer {
  const stops = stopWords[locale]
  return {
    stem: locale === 'da' ? stemDanish : stemEnglish,
    isStopWord: (folded) => stops.has(folded) || folded.length < 2,
    compounds: locale === 'da',
    endings: endings[locale],
  }
}
