import { localizedValue, optionalText, row, rows, textOrEmpty, type Row } from './fields.ts'

/** The `site-settings` global into the content-models `siteSettings` shape. */
export function mapSiteSettings(doc: Row): Row {
  const contact = row(doc.contact)
  const accessibility = row(doc.accessibility)
  const preparedOn = accessibility.preparedOn
  return {
    siteName: localizedValue(doc.siteName),
    contact: {
      phone: contact.phone,
      email: contact.email ?? null,
      hours: textOrEmpty(contact.hours),
      bookingUrl: contact.bookingUrl ?? null,
    },
    accessibility: {
      compliance: accessibility.compliance,
      knownIssues: optionalText(accessibility.knownIssues),
      feedbackEmail: accessibility.feedbackEmail,
      // Payload stores a date field as an ISO timestamp; the statement shows the day.
      preparedOn: typeof preparedOn === 'string' ? preparedOn.slice(0, 10) : preparedOn,
    },
    consentText: localizedValue(doc.consentText),
    lixLimit: doc.lixLimit ?? undefined,
    synonyms: optionalText(doc.synonyms),
  }
}

/** The `navigation` global into the content-models `navigation` shape. */
export function mapNavigation(doc: Row): Row {
  return { items: rows(doc.items).map((item) => ({ label: localizedValue(item.label), href: item.href })) }
}
