// The tracking API's OpenAPI document as a client fetches it, and ways to walk it.
import type { FastifyInstance } from 'fastify'

// The parts of an OpenAPI 3.1 document these tests read.
type MediaType = { schema?: unknown; example?: unknown }
type Response = { description: string; content?: Record<string, MediaType> }
/** An operation: its names, security and bodies. */
export type Operation = {
  operationId?: string
  summary?: string
  tags?: string[]
  security?: Record<string, string[]>[]
  parameters?: {
    in: string
    name: string
    required?: boolean
    schema?: unknown
    description?: string
  }[]
  requestBody?: { content: Record<string, MediaType> }
  responses: Record<string, Response>
}
/** The document. */
export type OpenApi = {
  openapi: string
  info: { license?: { name: string; identifier?: string }; contact?: object; description?: string }
  servers?: { url: string }[]
  paths: Record<string, Record<string, Operation>>
  components?: { securitySchemes?: Record<string, { type: string; scheme?: string }> }
}

/** GET /openapi.json, as text and parsed. */
export async function servedDocument(
  app: FastifyInstance,
): Promise<{ text: string; doc: OpenApi }> {
  const response = await app.inject({ method: 'GET', url: '/openapi.json' })
  if (response.statusCode !== 200) throw new Error(`GET /openapi.json: ${response.statusCode}`)
  return { text: response.body, doc: JSON.parse(response.body) as OpenApi }
}

/** Every operation: method (upper case), path as written in the document, and the operation. */
export function operations(doc: OpenApi): { method: string; path: string; operation: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  )
}
