import type { Locale } from '../../content-models/index.ts'
import { da } from './da.ts'
import { en } from './en.ts'

/** The shape every locale's messages share (Danish is the source). */
export type Messages = {
  [K in keyof typeof da]: (typeof da)[K] extends string
    ? string
    : { [M in keyof (typeof da)[K]]: string }
}

const all: Record<Locale, Messages> = { da, en }

/** The site's own texts in a locale. */
export function messagesFor(locale: Locale): Messages {
  return all[locale]
}

export { format } from './format.ts'
