import { messages } from '../messages.ts'
import { subjectSchema } from './event.ts'

/** The one error body every 4xx and 5xx answer has. */
export const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['status', 'code', 'message'],
      properties: {
        status: { type: 'integer' },
        code: { type: 'string', enum: Object.keys(messages) },
        message: { type: 'string' },
        event: { type: 'integer', description: 'Index of the first bad event in the batch.' },
        field: { type: 'string', description: 'Dotted path of the bad field.' },
      },
    },
  },
} as const

const errorDescriptions: Record<number, string> = {
  400: 'Invalid request; `event` and `field` name the first fault.',
  401: 'Missing or wrong bearer token.',
  413: 'Body over 64 KiB.',
  415: 'Body is not application/json.',
  429: 'Too many requests from this client; see Retry-After.',
  500: 'Failure on our side; nothing of the batch was stored.',
  503: 'The database does not answer.',
}

/** Error answers a route may give, for its response schema. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, { ...errorSchema, description: errorDescriptions[status] }]),
  )
}

/** Path parameters naming a subject. */
export const subjectParams = {
  type: 'object',
  additionalProperties: false,
  required: ['subject'],
  properties: { subject: subjectSchema },
} as const
