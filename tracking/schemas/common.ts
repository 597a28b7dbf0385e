import type { ErrorBody } from '../errors.ts'
import type { ErrorCode } from '../messages.ts'
import { messages } from '../messages.ts'
import { subjectSchema } from './event.ts'

type ErrorExample = ErrorBody['error']

/** The codes each error status comes with. */
const codesByStatus: Record<number, ErrorCode[]> = {
  400: ['invalid_event', 'invalid_request', 'invalid_json', 'invalid_period'],
  401: ['unauthorized'],
  404: ['not_found'],
  413: ['body_too_large'],
  415: ['unsupported_media_type'],
  429: ['rate_limited'],
  500: ['internal_error'],
  503: ['not_ready'],
}

const errorDescriptions: Record<number, string> = {
  400: 'Invalid request: a body, parameter or query that does not match the schema, or a body that is not JSON. `event` and `field` name the first fault.',
  401: 'Missing or wrong bearer token (or no token is configured on the server).',
  413: 'Body over 64 KiB.',
  415: 'A body that is not application/json.',
  429: 'Too many requests from this client in this minute; Retry-After says when to try again.',
  500: 'Failure on our side; nothing was changed.',
  503: 'The database does not answer.',
}

const example = (status: number, code: ErrorCode, where: Partial<ErrorExample> = {}) => ({
  status,
  code,
  message: messages[code],
  ...where,
})

/** An example answer per error status; routes give their own 400 where it differs. */
const defaultExamples: Record<number, ErrorExample> = {
  400: example(400, 'invalid_request', {
    message: 'field "subject" must match pattern "^[A-Za-z0-9_-]{16,64}$".',
    field: 'subject',
  }),
  401: example(401, 'unauthorized'),
  413: example(413, 'body_too_large'),
  415: example(415, 'unsupported_media_type'),
  429: example(429, 'rate_limited'),
  500: example(500, 'internal_error'),
  503: example(503, 'not_ready'),
}

const retryAfter = {
  type: 'string',
  pattern: '^[0-9]+$',
  description: 'Seconds until this client may send again.',
} as const

/** The one error body every 4xx and 5xx answer has; `codes` are the ones this status uses. */
function errorSchema(status: number, codes: ErrorCode[]) {
  return {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['status', 'code', 'message'],
        properties: {
          status: { type: 'integer', description: 'The HTTP status again.' },
          code: { type: 'string', enum: codes, description: 'Stable; the message may change.' },
          message: { type: 'string', description: 'For people, in English.' },
          event: { type: 'integer', description: 'Index of the first bad event in the batch.' },
          field: { type: 'string', description: 'Dotted path of the bad field.' },
        },
      },
    },
    description: errorDescriptions[status],
    ...(status === 429 ? { headers: { 'retry-after': retryAfter } } : {}),
  } as const
}

/**
 * Error answers a route may give, for its response schema: the error body, a description
 * and an example per status. `examples` replaces the default example of a status.
 * @example errorResponses([400, 429], { 400: { status: 400, code: 'invalid_json', message: '…' } })
 */
export function errorResponses(
  statuses: number[],
  examples: Partial<Record<number, ErrorExample>> = {},
) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        ...errorSchema(status, codesByStatus[status]!),
        examples: [{ error: examples[status] ?? defaultExamples[status] }],
      },
    ]),
  )
}

/** The error answer for a 400 with its code and message. */
export function badRequestExample(code: ErrorCode, where: Partial<ErrorExample>): ErrorExample {
  return example(400, code, where)
}

/** Path parameters naming a subject. */
export const subjectParams = {
  type: 'object',
  additionalProperties: false,
  required: ['subject'],
  properties: { subject: subjectSchema },
} as const

/** A query string with no parameters: any given is a 400, as an unknown field is. */
export const noQuery = { type: 'object', additionalProperties: false, properties: {} } as const
