import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

/** Payload's GraphQL API. */
export const POST = GRAPHQL_POST(config)
/** Payload's GraphQL API: CORS preflight. */
export const OPTIONS = REST_OPTIONS(config)
