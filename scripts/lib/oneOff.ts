/** A failure a one-off command expects and explains itself (no stack trace). */
export class CommandError extends Error {
  override name = 'CommandError'
}

/**
 * Runs a one-off command's work: on failure prints the reason on stderr (`<command>: <reason>`,
 * one line unless a CommandError lists details) and sets exit code 1. The stack of an unexpected error is printed only with
 * JOBUNIVERS_DEBUG=1. The process then exits on its own once the work has closed what it opened.
 */
export async function runCommand(command: string, work: () => Promise<void>): Promise<void> {
  try {
    await work()
  } catch (error) {
    const message = reason(error)
    // Our own messages may list details a line each; anything else is folded into one line.
    const text = error instanceof CommandError ? message : message.replace(/\s*\n\s*/g, ' ')
    console.error(`${command}: ${text}`)
    if (process.env.JOBUNIVERS_DEBUG === '1' && !(error instanceof CommandError)) {
      console.error(error)
    }
    process.exitCode = 1
  }
}

/** What went wrong, in words: a failed database query gives the database's reason, not the SQL. */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  if (error.message.startsWith('Failed query:') && error.cause instanceof Error) {
    return `the database refused a query: ${error.cause.message}`
  }
  return error.message
}
