import type { FastifyError } from 'fastify'
import { messages, type ErrorCode } from './messages.ts'

/** The one shape of every error body. */
export type ErrorBody = {
  error: {
    status: number
    code: ErrorCode
    message: string
    /** Index of the first bad event in the batch. */
    event?: number
    /** Dotted path of the bad field inside that event (or of the request). */
    field?: string
  }
}

/** An error meant for the client: its status, code and where the fault is. */
export class ApiError extends Error {
  readonly status: number
  readonly code: ErrorCode
  readonly event: number | undefined
  readonly field: string | undefined
  constructor(
    status: number,
    code: ErrorCode,
    where: { event?: number; field?: string; message?: string } = {},
  ) {
    super(where.message ?? messages[code])
    this.status = status
    this.code = code
    this.event = where.event
    this.field = where.field
  }
}

type AjvError = {
  instancePath: string
  keyword: string
  message?: string
  params: Record<string, unknown>
}

/** Turns the first schema violation into an ApiError naming the event index and field. */
function fromValidation(error: FastifyError): ApiError {
  const first = error.validation?.[0] as AjvError | undefined
  const context = (error as { validationContext?: string }).validationContext ?? 'body'
  const path = (first?.instancePath ?? '').split('/').slice(1)
  const extra = first?.params.additionalProperty ?? first?.params.missingProperty
  if (typeof extra === 'string') path.push(extra)
  let event: number | undefined
  if (context === 'body' && path[0] === 'events' && /^\d+$/.test(path[1] ?? '')) {
    event = Number(path[1])
    path.splice(0, 2)
  }
  const field = path.join('.') || (context === 'body' ? undefined : context)
  const problem =
    first?.keyword === 'additionalProperties'
      ? 'is not a known field'
      : first?.keyword === 'false schema'
        ? 'is not allowed for this event type'
        : (first?.message ?? 'is invalid')
  const where = [event === undefined ? undefined : `event ${event}`, field && `field "${field}"`]
    .filter(Boolean)
    .join(', ')
  const code = context === 'body' ? 'invalid_event' : 'invalid_request'
  return new ApiError(400, code, { event, field, message: `${where || context} ${problem}.` })
}

// What the router finds wrong with a URL before any route runs (Fastify's frameworkErrors).
// A path parameter over the router's length limit is longer than any valid subject or flow.
const urlProblems: Record<string, string> = {
  FST_ERR_BAD_URL: 'The URL is not valid: it has a %-escape that is not UTF-8.',
  FST_ERR_MAX_PARAM_LENGTH: 'A path parameter is longer than any valid value.',
}

const fastifyCodes: Record<string, [number, ErrorCode]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body_too_large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json'],
}

/**
 * Maps anything thrown while handling a request onto an ApiError. Unknown errors become a
 * 500 whose message says nothing about the internals (those go to the log).
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  // Anything may be thrown, null included.
  const fastifyError = error as Partial<FastifyError> | null
  if (fastifyError?.validation) return fromValidation(fastifyError as FastifyError)
  const code = fastifyError?.code
  const url = code === undefined ? undefined : urlProblems[code]
  if (url) return new ApiError(400, 'invalid_request', { message: url })
  const known = code === undefined ? undefined : fastifyCodes[code]
  if (known) return new ApiError(known[0], known[1])
  if (error instanceof SyntaxError && fastifyError?.statusCode === 400)
    return new ApiError(400, 'invalid_json')
  if (fastifyError?.statusCode === 415) return new ApiError(415, 'unsupported_media_type')
  return new ApiError(500, 'internal_error')
}

/** The body of an error answer. */
export function errorBody(error: ApiError): ErrorBody {
  const body: ErrorBody['error'] = {
    status: error.status,
    code: error.code,
    message: error.message,
  }
  if (error.event !== undefined) body.event = error.event
  if (error.field !== undefined) body.field = error.field
  return { error: body }
}
