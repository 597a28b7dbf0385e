// The OpenAPI document as a third party reads it: a standard linter's recommended rules, the
// parts a client generator needs, and examples that are true to their schemas.
import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core'
import { readFileSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { loadConfig, type Store } from '../../tracking/index.ts'
import { compileAsTheApi } from '../contract/apiValidator.ts'
import { sqliteBackend, type Backend } from './helpers/backends.ts'
import { testApp } from './helpers/http.ts'
import { operations, servedDocument, type OpenApi } from './openapiDocument.ts'

// Redocly's programmatic API sends nothing anywhere; this only makes sure of it.
process.env.REDOCLY_TELEMETRY = 'off'

const publicUrl = 'https://tracking.jobunivers.example'
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { license: string }

async function lint(text: string): Promise<string[]> {
  const config = await createConfig({ extends: ['recommended'] })
  const problems = await lintFromString({ source: text, absoluteRef: '/openapi.json', config })
  const where = (problem: NormalizedProblem) =>
    problem.location.map((location) => ('pointer' in location ? location.pointer : '')).join(' ')
  return problems.map(
    (problem) => `${problem.severity} ${problem.ruleId}: ${problem.message} (${where(problem)})`,
  )
}

let backend: Backend
let store: Store
const apps: FastifyInstance[] = []
let served: { text: string; doc: OpenApi }
let servedByDefault: { text: string; doc: OpenApi }

beforeAll(async () => {
  backend = await sqliteBackend()
  store = await backend.open()
  apps.push(await testApp(store, { TRACKING_URL: `${publicUrl}/` }), await testApp(store))
  served = await servedDocument(apps[0]!)
  servedByDefault = await servedDocument(apps[1]!)
})
afterAll(async () => {
  for (const app of apps) await app.close()
  await store.close()
  await backend.dispose()
})

describe('the recommended rules of a standard linter (Redocly)', () => {
  test('find no error and no warning in the document an installation serves', async () => {
    expect(await lint(served.text)).toEqual([])
  })

  test('find only the development address in the default document', async () => {
    expect(await lint(servedByDefault.text)).toEqual([
      expect.stringMatching(/^warn no-server-example\.com: .*\(#\/servers\/0\/url\)$/),
    ])
  })
})

describe('what a client generator needs', () => {
  test('the server is the configured public address (default http://localhost:4000)', () => {
    expect(served.doc.servers).toEqual([expect.objectContaining({ url: publicUrl })])
    expect(servedByDefault.doc.servers).toEqual([
      expect.objectContaining({ url: 'http://localhost:4000' }),
    ])
  })

  test('TRACKING_URL must be an http(s) address; the server would not start with another', () => {
    for (const bad of ['tracking.jobunivers.example', 'ftp://x.example', 'https://x.example/?a=1'])
      expect(() => loadConfig({ TRACKING_URL: bad }), bad).toThrow(/^TRACKING_URL: /)
  })

  test('the license is the package license, and there is a contact and a description', () => {
    expect(served.doc.info.license).toEqual({ name: packageJson.license, identifier: 'MIT' })
    expect(served.doc.info.contact).toBeDefined()
    expect(served.doc.info.description).toMatch(/404/)
  })

  test('every operation has an operationId, a summary, tags and a security requirement', () => {
    const all = operations(served.doc)
    expect(all.length).toBe(12)
    for (const { method, path, operation } of all) {
      const name = `${method} ${path}`
      expect(operation.operationId, name).toMatch(/^[a-z][A-Za-z]+$/)
      expect(operation.summary, name).toBeTruthy()
      expect(operation.tags?.length, name).toBeGreaterThan(0)
      // Statistics need the bearer token; every other endpoint is open by design.
      const expected = path.startsWith('/v1/stats/') ? [{ bearer: [] }] : []
      expect(operation.security, name).toEqual(expected)
    }
    expect(new Set(all.map(({ operation }) => operation.operationId)).size).toBe(all.length)
    expect(served.doc.components?.securitySchemes?.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    })
  })
})

describe('per municipality', () => {
  test('every statistics operation takes an optional `municipality`: three digits, an official code', () => {
    const stats = operations(served.doc).filter(({ path }) => path.startsWith('/v1/stats/'))
    expect(stats.length).toBe(7)
    for (const { method, path, operation } of stats) {
      const parameter = operation.parameters?.find(
        (candidate) => candidate.in === 'query' && candidate.name === 'municipality',
      )
      expect(parameter, `${method} ${path}`).toMatchObject({
        required: false,
        schema: { type: 'string', pattern: '^[0-9]{3}$' },
      })
      expect(parameter?.description, `${method} ${path}`).toMatch(/official/)
    }
  })

  test('an event may carry one, and the example batch shows it', () => {
    const body = operations(served.doc).find(({ path }) => path === '/v1/events')!.operation
      .requestBody!.content['application/json']!
    expect(JSON.stringify(body.schema)).toContain('"municipality"')
    expect(JSON.stringify(body.example)).toContain('"municipality":"787"')
  })
})

describe('examples', () => {
  const media = () =>
    operations(served.doc).flatMap(({ method, path, operation }) => [
      ...Object.entries(operation.requestBody?.content ?? {}).map(([type, value]) => ({
        where: `${method} ${path} request ${type}`,
        ...value,
      })),
      ...Object.entries(operation.responses).flatMap(([status, response]) =>
        Object.entries(response.content ?? {}).map(([type, value]) => ({
          where: `${method} ${path} ${status} ${type}`,
          ...value,
        })),
      ),
    ])

  test('every request body and every answer with a body has a schema and an example', () => {
    const all = media()
    expect(all.length).toBeGreaterThanOrEqual(30)
    for (const { where, schema, example } of all) {
      expect(schema, where).toBeDefined()
      expect(example, where).toBeDefined()
    }
  })

  test("each validates against its schema, checked by the API's own Ajv", () => {
    for (const { where, schema, example } of media()) {
      const validate = compileAsTheApi(schema)
      expect(validate(example), `${where}: ${JSON.stringify(validate.errors)}`).toBe(true)
    }
  })
})
