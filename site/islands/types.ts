import type { Flow, Locale, Localized } from '../../content-models/browser.ts'
import type { FlowCatalog } from '../state/flowState.ts'

/** What the flow page hands the island: all plain data, serialised into the page. */
export type FlowIslandProps = {
  locale: Locale
  flow: Flow
  /** Where each step's content lives, in this locale (the contact step: the contact box). */
  stepLinks: Record<string, string>
  catalog: FlowCatalog
  /** The flow a fallback may suggest, with its title and address. */
  fallbackFlow: { slug: string; title: Localized<string>; href: string } | null
  /** The anchor of the contact box on the page. */
  contactHref: string
}
