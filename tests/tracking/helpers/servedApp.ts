import type { FastifyInstance } from 'fastify'
import type { Store } from '../../../tracking/index.ts'
import type { Backend } from './backends.ts'
import { testApp } from './http.ts'

/** A test app listening on a free port over a fresh store, and what it stands on. */
export type ServedApp = { backend: Backend; store: Store; app: FastifyInstance; baseUrl: string }

/** Opens a store from `make` and serves the test app on it at 127.0.0.1, on a free port. */
export async function serveTestApp(make: () => Promise<Backend>): Promise<ServedApp> {
  const backend = await make()
  const store = await backend.open()
  const app = await testApp(store)
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' })
  return { backend, store, app, baseUrl }
}
