/**
 * The Ajv options the tracking API validates requests with. Strict input: unknown fields are
 * errors, not silently removed; no type coercion, no defaults. Every pattern is ASCII, so
 * Ajv's patterns need not be Unicode regular expressions, which are slower to match.
 */
export const ajvOptions = {
  removeAdditional: false,
  coerceTypes: false,
  useDefaults: false,
  unicodeRegExp: false,
} as const
