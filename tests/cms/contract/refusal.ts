import { expect } from 'vitest'

type FieldError = { path: string; message: string }

/** Awaits a write that must be refused and returns the field errors Payload reports. */
export async function refusal(attempt: Promise<unknown>): Promise<FieldError[]> {
  try {
    await attempt
  } catch (error) {
    const data = (error as { data?: { errors?: FieldError[] } }).data
    return data?.errors ?? [{ path: '', message: (error as Error).message }]
  }
  expect.fail('the write was accepted, but it should have been refused')
}
