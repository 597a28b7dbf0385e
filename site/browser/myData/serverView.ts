import { el } from './dom.ts'
import { describeEvent } from './describe.ts'
import type { MyDataMessages } from './messages.ts'
import type { StoredEvent } from './server.ts'
import type { DataLabels } from './types.ts'

/** The server's events as a table: time, what happened, what it was about; newest last. */
export function eventsTable(
  events: StoredEvent[],
  labels: DataLabels,
  messages: MyDataMessages,
  locale: string,
): HTMLElement {
  const wrap = el('div', undefined, 'table--responsive-scroll')
  // A region that may scroll sideways at 320 px must be reachable and named for keyboards.
  wrap.tabIndex = 0
  wrap.setAttribute('role', 'region')
  wrap.setAttribute('aria-label', messages.serverHeading)
  const table = el('table', undefined, 'table table--compact')
  const head = el('tr')
  for (const name of [messages.when, messages.whatHappened, messages.about])
    head.append(Object.assign(el('th', name), { scope: 'col' }))
  table.append(el('thead'), el('tbody'))
  table.tHead?.append(head)
  const time = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'short',
    timeStyle: 'medium',
  })
  for (const event of events) {
    const { what, about } = describeEvent(event, labels, messages)
    const row = el('tr')
    row.append(el('td', time.format(new Date(event.at))), el('td', what), el('td', about))
    table.tBodies[0]?.append(row)
  }
  wrap.append(table)
  return wrap
}
