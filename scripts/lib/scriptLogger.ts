import type { Config } from 'payload'

type LogLine = { level?: number; msg?: string; err?: { message?: string } }

/**
 * Payload's logger for one-off commands: each entry as one plain line (message, and an error's
 * message without its stack), errors and warnings on stderr. A command's own summary stays
 * readable and an expected failure (say, Postgres not answering) prints no stack trace.
 */
export const scriptLogger: NonNullable<Config['logger']> = {
  options: { level: process.env.JOBUNIVERS_LOG_LEVEL ?? 'info' },
  destination: {
    write(line: string) {
      let entry: LogLine
      try {
        entry = JSON.parse(line) as LogLine
      } catch {
        process.stdout.write(line)
        return
      }
      const message = entry.msg ?? ''
      const cause = entry.err?.message
      const text = cause && !message.includes(cause) ? `${message}: ${cause}` : message
      const stream = (entry.level ?? 30) >= 40 ? process.stderr : process.stdout
      stream.write(`${text}\n`)
    },
  },
}
