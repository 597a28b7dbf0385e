/**
 * What of an error may be logged: its kind, code, message and stack, never the extra fields
 * a driver attaches (Postgres' `detail` can quote the failing row, i.e. an event body).
 */
export function logSafe(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) }
  const { code } = error as { code?: unknown }
  return { type: error.name, code, message: error.message, stack: error.stack }
}
