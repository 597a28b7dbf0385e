import { officialMunicipalityName, type Locale } from '../../../content-models/browser.ts'
import { format } from '../../i18n/format.ts'
import type { Messages } from '../../i18n/index.ts'
import { loadMunicipality } from '../../municipality/load.ts'
import { municipalityName } from '../../municipality/names.ts'
import type { MunicipalityData } from '../../municipality/types.ts'
import { showLocalPages } from './localPages.ts'

type Words = Messages['municipality']

let calls = 0

/** The national lines of each contact list, as served, to put back when the choice is undone. */
const national = new WeakMap<Element, Element[]>()

function item(label: string, text: string, href: string): HTMLLIElement {
  const li = document.createElement('li')
  li.setAttribute('data-contact-line', '')
  const link = document.createElement('a')
  link.href = href
  link.textContent = text
  li.append(`${label}: `, link)
  return li
}

/** The municipality's contact as list items, like components/ContactLines.astro writes them. */
function localLines(data: MunicipalityData, t: Words): Element[] {
  const { phone, email, openingHours } = data.contact
  const lines: Element[] = [item(t.phone, phone, `tel:${phone.replace(/\s/g, '')}`)]
  if (email) lines.push(item(t.email, email, `mailto:${email}`))
  if (openingHours) {
    const hours = document.createElement('li')
    hours.setAttribute('data-contact-line', '')
    hours.textContent = openingHours
    lines.push(hours)
  }
  return lines
}

function replaceLines(list: Element, lines: Element[] | null): void {
  const current = [...list.querySelectorAll(':scope > [data-contact-line]')]
  if (!national.has(list)) national.set(list, current)
  const next = lines ?? national.get(list) ?? []
  if (current[0]) current[0].before(...next)
  else list.prepend(...next)
  for (const old of current) if (!next.includes(old)) old.remove()
}

function setBooking(box: Element, url: string | null, t: Words): void {
  const holder = box.querySelector<HTMLElement>('[data-contact-booking]')
  if (!holder) return
  holder.dataset.national ??= holder.querySelector('a')?.getAttribute('href') ?? ''
  const href = url ?? (holder.dataset.national || null)
  holder.hidden = href === null
  if (href === null) return
  let link = holder.querySelector('a')
  if (!link) {
    link = document.createElement('a')
    link.className = 'button button-secondary'
    link.textContent = t.book
    holder.append(link)
  }
  link.href = href
}

function setHeading(box: Element, name: string | null, t: Words): void {
  const heading = box.querySelector<HTMLElement>('[data-contact-heading]')
  if (!heading) return
  heading.dataset.national ??= heading.textContent
  heading.textContent = name ? format(t.localHeading, { name }) : heading.dataset.national
}

function setNote(box: Element, note: string | null): void {
  const holder = box.querySelector<HTMLElement>('[data-contact-note]')
  if (!holder) return
  holder.textContent = note ?? ''
  holder.hidden = note === null
}

/** Shows one contact box and every contact list as national (`data` null) or local. */
function show(data: MunicipalityData | null, name: string | null, note: string | null, t: Words) {
  for (const list of document.querySelectorAll('[data-contact-lines]'))
    replaceLines(list, data ? localLines(data, t) : null)
  for (const box of document.querySelectorAll('[data-contact]')) {
    setHeading(box, data ? name : null, t)
    setBooking(box, data ? data.bookingUrl : null, t)
    setNote(box, note)
  }
  showLocalPages(data)
}

/**
 * Puts the chosen municipality's phone, e-mail, hours and booking link in every contact box
 * and contact list of the page (the national ones come back when the choice is undone). A
 * municipality the install lacks keeps the national contact and says so. Fetches the
 * municipality's data (same host); call it after the page has painted. Resolves to the data
 * when the install has the municipality.
 */
export async function showLocalContact(
  code: string | undefined,
  locale: Locale,
  t: Words,
): Promise<MunicipalityData | null> {
  const call = ++calls
  if (!code) {
    show(null, null, null, t)
    return null
  }
  const name = municipalityName(code)
  try {
    const found = await loadMunicipality(code, locale)
    // A later choice has already been shown (or is on its way): this answer is stale.
    if (call !== calls) return null
    if (found.kind === 'local') show(found.data, name, null, t)
    else show(null, null, format(t.notOnSite, { name: officialMunicipalityName(code) }), t)
    return found.kind === 'local' ? found.data : null
  } catch {
    if (call === calls) show(null, null, t.loadError, t)
    return null
  }
}
