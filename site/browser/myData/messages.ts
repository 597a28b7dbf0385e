import type { EventType } from '../../../content-models/browser.ts'
import type { daData } from '../../i18n/daData.ts'

/** The page's texts as the script gets them: "Mine data" messages plus event names. */
export type MyDataMessages = { [K in keyof typeof daData.myData]: string } & {
  /** Partial: the server may hold an event type newer than this page knows. */
  events: Partial<Record<EventType, string>>
}
