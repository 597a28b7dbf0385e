/** The site's locales; Danish is the default and the fallback for every text. */
export const locales = ['da', 'en'] as const
/** One of the site's locales. */
export type Locale = (typeof locales)[number]

/** A value an editor writes once per locale, as Payload answers with `?locale=all`. */
export type Localized<T> = { da: T; en?: T | null | undefined }

/**
 * Picks the text for a locale, falling back to Danish.
 * `fallback` is true when the Danish text stands in for a missing English one,
 * so the site can mark the element with `lang="da"`.
 */
export function pickLocale<T>(
  value: Localized<T>,
  locale: Locale,
): { value: T; lang: Locale; fallback: boolean } {
  const own = value[locale]
  if (own !== undefined && own !== null && own !== '')
    return { value: own, lang: locale, fallback: false }
  return { value: value.da, lang: 'da', fallback: locale !== 'da' }
}
