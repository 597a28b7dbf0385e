import type { Locale } from '../../content-models/browser.ts'
import { format, messagesFor } from '../i18n/index.ts'
import { municipalityName } from '../municipality/names.ts'
import type { MunicipalityStatus } from './useMunicipality.ts'

/** The title the contact step shows instead of its own: "Find dit jobcenter" without a choice. */
export function contactStepTitle(status: MunicipalityStatus, locale: Locale): string | null {
  return status.kind === 'none' ? messagesFor(locale).municipality.findJobcentre : null
}

/**
 * What the contact step says under its title: without a choice, to choose a municipality (the
 * step links to the contact box with the picker); with one on the site, its jobcentre's phone.
 */
export function ContactStepText({
  status,
  locale,
}: {
  status: MunicipalityStatus
  locale: Locale
}) {
  const t = messagesFor(locale)
  if (status.kind === 'none')
    return <p className="jf-task-summary">{t.municipality.findJobcentreText}</p>
  if (status.kind !== 'local') return <p className="jf-task-summary">{t.flow.contactStep}</p>
  const { phone } = status.data.contact
  const name = municipalityName(status.code)
  const [before = '', after = ''] = t.municipality.callLocal
    .split('{phone}')
    .map((part) => format(part, { name }))
  return (
    <p className="jf-task-summary" data-contact-phone>
      {before}
      <a href={`tel:${phone.replace(/\s/g, '')}`}>{phone}</a>
      {after}
    </p>
  )
}
