type Json = unknown

const isLocalized = (value: Json): value is { da: Json; en?: Json } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  'da' in value &&
  Object.keys(value).every((key) => key === 'da' || key === 'en')

/**
 * A document in the `?locale=all` shape turned into what Payload's Local API writes for one
 * locale: `{ da, en }` leaves become the locale's value; a missing English value is left out,
 * so Payload falls back to Danish.
 */
export function forLocale(value: Json, locale: 'da' | 'en'): Json {
  if (isLocalized(value)) {
    const own = value[locale]
    return own === undefined || own === null ? undefined : forLocale(own, locale)
  }
  if (Array.isArray(value)) return value.map((item) => forLocale(item, locale))
  if (typeof value === 'object' && value !== null) {
    const result: Record<string, Json> = {}
    for (const [key, item] of Object.entries(value)) {
      const picked = forLocale(item, locale)
      if (picked !== undefined) result[key] = picked
    }
    return result
  }
  return value
}

/**
 * Gives array rows the ids Payload already stored at the same position, so writing the
 * English locale updates the rows the Danish write made instead of replacing them.
 */
export function withRowIds(data: Json, stored: Json): Json {
  if (Array.isArray(data)) {
    const rows = Array.isArray(stored) ? stored : []
    return data.map((row, index) => {
      const storedRow = rows[index] as Record<string, Json> | undefined
      const merged = withRowIds(row, storedRow)
      return storedRow?.id !== undefined && typeof merged === 'object' && merged !== null
        ? { ...merged, id: storedRow.id }
        : merged
    })
  }
  if (typeof data === 'object' && data !== null) {
    const storedObject = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
      string,
      Json
    >
    return Object.fromEntries(
      Object.entries(data).map(([key, item]) => [key, withRowIds(item, storedObject[key])]),
    )
  }
  return data
}
