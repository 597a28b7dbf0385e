import type { Locale } from '../../../content-models/browser.ts'
import type { AnswerIndex } from '../types.ts'
import { passagesOf, type AnswerSources, type ReadCaptions } from './passages.ts'
import { defaultSynonyms } from './synonyms.ts'

/**
 * A locale's answer index as the build writes it: the passages of the published content and
 * the synonym groups (the site's own and the editors'), which the engine stems on load.
 */
export function buildAnswerIndex(
  sources: AnswerSources,
  locale: Locale,
  options: { readCaptions: ReadCaptions; synonyms?: readonly string[][] },
): AnswerIndex {
  return {
    version: 1,
    locale,
    synonyms: [...defaultSynonyms[locale], ...(options.synonyms ?? [])],
    passages: passagesOf(sources, locale, options.readCaptions),
  }
}
