import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { APIRoute } from 'astro'
import { locales, type Locale } from '../../../content-models/index.ts'
import { buildAnswerIndex } from '../../answers/build/answerIndex.ts'
import { synonymGroups } from '../../answers/build/synonymGroups.ts'
import { getSettings } from '../../lib/data.ts'
import { all } from '../../lib/entries.ts'

/** One answer index per locale: `/svar/da.json`, `/svar/en.json`. */
export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale } }))
}

// This module runs bundled (its import.meta.url is under the build's output), so the media
// stage of site/content/paths.ts is found from the repository root the build runs in.
const stage = join(
  process.env.JOBUNIVERS_ROOT ?? process.cwd(),
  'node_modules/.cache/jobunivers-site/media',
)

/** Reads a staged caption file (`/media/videos/<slug>.<locale>.vtt`); warns when it cannot. */
function readCaptions(src: string): string | undefined {
  const file = join(stage, src.replace(/^\/media\//, ''))
  try {
    return readFileSync(file, 'utf8')
  } catch {
    console.warn(`[answers] ${file} cannot be read: that video is left out of the answers`)
    return undefined
  }
}

/**
 * The answer index of a locale, from the documents this build publishes (drafts never reach
 * the build) and the editors' synonyms, read by the "Spørg" page on the first question.
 */
export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale
  const index = buildAnswerIndex(
    {
      lessons: await all('lessons'),
      faqs: await all('faqs'),
      videos: await all('videos'),
      checklists: await all('checklists'),
      courses: await all('courses'),
    },
    locale,
    { readCaptions, synonyms: synonymGroups((await getSettings()).synonyms?.[locale]) },
  )
  return new Response(JSON.stringify(index), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
