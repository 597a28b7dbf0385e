// Every message an API consumer can read, in one place. Consumers are our own site and the
// CMS admin, so messages are in English; codes are stable, messages may be reworded.

/** Stable error codes and their default messages. */
export const messages = {
  invalid_event: 'The batch has an event that does not match the event schema.',
  invalid_request: 'The request does not match the schema.',
  invalid_json: 'The body is not valid JSON.',
  invalid_period: 'from and to must be ISO dates or date-times, with from before to.',
  body_too_large: 'The body is larger than 64 KiB.',
  unsupported_media_type: 'Send the batch as application/json.',
  rate_limited: 'Too many requests; try again later.',
  unauthorized: 'A valid bearer token is needed for statistics.',
  not_found: 'No such endpoint.',
  not_ready: 'The database does not answer.',
  internal_error: 'Something went wrong on our side; the batch was not stored.',
} as const

/** An error code the API answers with. */
export type ErrorCode = keyof typeof messages
