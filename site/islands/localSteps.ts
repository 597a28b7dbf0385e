import { contentPath, type Locale } from '../../content-models/browser.ts'
import type { MunicipalityData } from '../municipality/types.ts'

/**
 * Where each of a municipality's own steps in a flow leads: its local page when the step's
 * content is one of the municipality's pages, else the content's national page, else (a contact
 * step) the contact box.
 */
export function localStepLinks(
  flowSlug: string,
  data: MunicipalityData,
  locale: Locale,
  contactHref: string,
): Record<string, string> {
  const added = data.localFlows[flowSlug]?.addedSteps ?? []
  return Object.fromEntries(
    added.map((step) => {
      const content = step.content
      if (!content) return [step.key, contactHref]
      const page = data.localPages.find(
        (candidate) =>
          candidate.collection === content.collection && candidate.slug === content.slug,
      )
      return [step.key, page?.href ?? contentPath(content, locale)]
    }),
  )
}
