import { buildApp } from '../app.ts'
import { loadConfig } from '../config.ts'
import type { Store } from '../store/types.ts'

const refuse = () => Promise.reject(new Error('this app only describes itself'))

/** A store for an app that is never asked anything: every call is refused. */
const describeOnlyStore: Store = {
  kind: 'sqlite',
  insert: refuse,
  eventsOf: refuse,
  erase: refuse,
  deleteReceivedBefore: refuse,
  flowTotals: refuse,
  flowSteps: refuse,
  flowGroups: refuse,
  experimentCounts: refuse,
  flowProgress: refuse,
  alternativeFunnel: refuse,
  questionWeeks: refuse,
  questionSources: refuse,
  count: refuse,
  ping: refuse,
  close: async () => {},
}

/**
 * The OpenAPI document the tracking API serves at GET /openapi.json, built without a
 * database or a socket. `env` is read as the server reads its environment; the default (no
 * variables) is what the committed TypeScript types are generated from.
 */
export async function openApiDocument(env: Record<string, string | undefined> = {}) {
  const app = await buildApp({
    store: describeOnlyStore,
    config: loadConfig(env),
    logger: false,
    retention: false,
  })
  try {
    await app.ready()
    return app.swagger()
  } finally {
    await app.close()
  }
}
