import { messages, type FlowProblemCode } from '../messages.ts'
import type { FlowMessage, FlowProblem } from '../types.ts'

/** A problem with its message filled in from the messages file. */
export function problem<C extends FlowProblemCode>(
  code: C,
  path: string,
  ...details: Parameters<(typeof messages)[C]>
): FlowProblem {
  const message = messages[code] as (...args: typeof details) => FlowMessage
  return { path, code, message: message(...details) }
}
