import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

/** Payload's REST API: reads. */
export const GET = REST_GET(config)
/** Payload's REST API: creates, logins and other actions. */
export const POST = REST_POST(config)
/** Payload's REST API: deletes. */
export const DELETE = REST_DELETE(config)
/** Payload's REST API: updates. */
export const PATCH = REST_PATCH(config)
/** Payload's REST API: updates (PUT). */
export const PUT = REST_PUT(config)
/** Payload's REST API: CORS preflight. */
export const OPTIONS = REST_OPTIONS(config)
