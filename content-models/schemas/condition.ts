import { z } from 'zod'
import { key } from './common.ts'

/**
 * When a flow step shows, or when a fallback applies. JSON, never code.
 * `is`/`in` on a multi-choice question hold when the chosen set contains the value.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { answer: string; is: string }
  | { answer: string; in: string[] }
  | { completed: string }
  | { checklistDone: string }

/** Schema of a condition (recursive). */
export const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(condition).min(1) }),
    z.strictObject({ any: z.array(condition).min(1) }),
    z.strictObject({ not: condition }),
    z.strictObject({ answer: key, is: z.string().min(1) }),
    z.strictObject({ answer: key, in: z.array(z.string().min(1)).min(1) }),
    z.strictObject({ completed: key }),
    z.strictObject({ checklistDone: key }),
  ]),
)
