import type { Flow, Locale } from '../../content-models/browser.ts'
import { applyLocalFlow } from '../../flows/localFlow.ts'
import type { MunicipalityData } from '../municipality/types.ts'
import { localStepLinks } from './localSteps.ts'

export { loadMunicipality } from '../municipality/load.ts'

/**
 * A flow as the chosen municipality has it (applyLocalFlow: its own steps in, the steps it hides
 * out) and where its own steps lead. Loaded by the island only once a municipality is chosen.
 */
export function localVersion(
  flow: Flow,
  data: MunicipalityData,
  locale: Locale,
  contactHref: string,
): { flow: Flow; stepLinks: Record<string, string> } {
  return {
    flow: applyLocalFlow(flow, data.localFlows[flow.slug]).flow,
    stepLinks: localStepLinks(flow.slug, data, locale, contactHref),
  }
}
