import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readSampleContent } from '../../sample-content/index.ts'
import { buildAnswerIndex } from '../../site/answers/build/answerIndex.ts'
import { synonymGroups } from '../../site/answers/build/synonymGroups.ts'
import { AnswerEngine } from '../../site/answers/engine.ts'
import type { AnswerIndex } from '../../site/answers/types.ts'

const contentDir = new URL('../../content', import.meta.url).pathname

let content: ReturnType<typeof readSampleContent> | undefined

/** The answer index of the sample content for a locale, built as the site's build does. */
export function sampleIndex(locale: 'da' | 'en'): AnswerIndex {
  content ??= readSampleContent(contentDir)
  return buildAnswerIndex(content, locale, {
    readCaptions: (src) => readFileSync(join(contentDir, src), 'utf8'),
    synonyms: synonymGroups(content.siteSettings.synonyms?.[locale]),
  })
}

/** An answer engine over the sample content's index for a locale. */
export function sampleEngine(locale: 'da' | 'en'): AnswerEngine {
  return new AnswerEngine(sampleIndex(locale))
}
