import { APIError, Forbidden, ValidationError } from 'payload'
import { expect } from 'vitest'
import { messages } from '../../../cms/messages.ts'

type FieldError = { path: string; message: string }

/** Awaits a write that must be refused and returns the thrown error (fails if it was accepted). */
async function thrownBy(attempt: Promise<unknown>): Promise<unknown> {
  try {
    await attempt
  } catch (error) {
    return error
  }
  return expect.fail('the write was accepted, but it should have been refused')
}

/**
 * Awaits a write that must be refused by validation: Payload's `ValidationError` (HTTP 400),
 * and returns the field errors it reports. Any other error fails the test.
 */
export async function refusal(attempt: Promise<unknown>): Promise<FieldError[]> {
  const error = await thrownBy(attempt)
  expect(error, String(error)).toBeInstanceOf(ValidationError)
  expect((error as ValidationError).status).toBe(400)
  return (error as ValidationError).data.errors.map(({ path, message }) => ({ path, message }))
}

/** Awaits a write that access control must refuse: Payload's `Forbidden`, HTTP 403. */
export async function forbidden(attempt: Promise<unknown>): Promise<void> {
  const error = await thrownBy(attempt)
  expect(error, String(error)).toBeInstanceOf(Forbidden)
  expect((error as Forbidden).status).toBe(403)
}

/**
 * Awaits a write that the publishing guard must refuse: an editor publishing, unpublishing or
 * saving over a published document gets HTTP 403 with the "only publishers" message.
 */
export async function publishingRefused(attempt: Promise<unknown>): Promise<void> {
  const error = await thrownBy(attempt)
  expect(error, String(error)).toBeInstanceOf(APIError)
  expect((error as APIError).status).toBe(403)
  expect([messages.publishNotAllowed.da, messages.publishNotAllowed.en]).toContain(
    (error as Error).message,
  )
}
