import type { FastifyInstance } from 'fastify'
import type { Store } from '../../../tracking/index.ts'
import type { Backend } from './backends.ts'

/** What a suite's `beforeAll` opened; a part is missing when that `beforeAll` failed before it. */
export type OpenedParts = { app?: FastifyInstance; store?: Store; backend?: Backend }

/** Closes the app, then the store, then disposes of the backend: whichever were opened. */
export async function closeOpened({ app, store, backend }: OpenedParts): Promise<void> {
  await app?.close()
  await store?.close()
  await backend?.dispose()
}
