import type { ReactNode } from 'react'
import type { Locale } from '../../content-models/browser.ts'
import { messagesFor } from '../i18n/index.ts'

/** "Hvorfor?": a native disclosure, closed by default; the browser announces open and closed. */
export function WhyDisclosure({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = messagesFor(locale)
  return (
    <details className="jf-why">
      <summary>{t.flow.why}</summary>
      {children}
    </details>
  )
}
