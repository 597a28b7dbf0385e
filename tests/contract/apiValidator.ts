import { createRequire } from 'node:module'
import { ajvOptions } from '../../tracking/schemas/ajvOptions.ts'

/** A compiled check of one JSON schema, as Ajv gives it: true or false, and the errors. */
export type Validate = ((value: unknown) => boolean) & { errors?: unknown[] | null }

type BuildCompiler = (
  externalSchemas: Record<string, unknown>,
  options: { customOptions: typeof ajvOptions },
) => (route: { schema: unknown; method: string; url: string; httpPart: string }) => Validate

// Fastify's own validator compiler (@fastify/ajv-compiler and the Ajv it depends on), reached
// through fastify so the version is the one the tracking API runs, not a second copy.
const fromFastify = createRequire(import.meta.resolve('fastify'))
const AjvCompiler = fromFastify('@fastify/ajv-compiler') as () => BuildCompiler

/**
 * Compiles a JSON schema exactly as the tracking API compiles a route's schema: Fastify's
 * compiler with the API's Ajv options (strict mode included: an unknown keyword throws).
 */
export function compileAsTheApi(schema: unknown): Validate {
  return build({ schema, method: 'POST', url: '/', httpPart: 'body' })
}

const build = AjvCompiler()({}, { customOptions: ajvOptions })
