import { z } from 'zod'

/** Schema of a localized value: Danish required, English optional (it falls back to Danish). */
export function localized<T extends z.ZodType>(schema: T) {
  return z.object({ da: schema, en: schema.nullish() })
}
