import { pickLocale, type Locale, type Localized } from '../../content-models/browser.ts'

/** An editor's text for a locale, with the `lang` to put on its element when it fell back to Danish. */
export type LocalText<T = string> = { value: T; lang: Locale | undefined }

/**
 * Picks a localized value; `lang` is set only when the value is Danish on an English page,
 * so the element says its own language and screen readers switch voice.
 */
export function local<T>(value: Localized<T>, locale: Locale): LocalText<T> {
  const picked = pickLocale(value, locale)
  return { value: picked.value, lang: picked.fallback ? picked.lang : undefined }
}

/** An optional localized text: null when there is none. */
export function localOptional(
  value: Localized<string> | null | undefined,
  locale: Locale,
): LocalText | null {
  if (!value) return null
  const text = local(value, locale)
  return text.value ? text : null
}
