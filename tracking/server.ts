// Entry point: `node tracking/server.ts` (Node 24) from the project root.
import { buildApp } from './app.ts'
import { ConfigError, loadConfig } from './config.ts'
import { createStore, parseDatabaseUrl } from './store/createStore.ts'

function fail(error: unknown): never {
  const message =
    error instanceof ConfigError ? `configuration error: ${error.message}` : String(error)
  console.error(`tracking: ${message}`)
  process.exit(1)
}

let config
try {
  config = loadConfig()
  parseDatabaseUrl(config.databaseUrl)
} catch (error) {
  fail(error)
}

const store = await createStore(config.databaseUrl).catch((error: unknown) =>
  fail(`cannot open the database: ${error instanceof Error ? error.message : String(error)}`),
)
const app = await buildApp({ store, config })
if (!config.readToken)
  app.log.warn('TRACKING_READ_TOKEN is not set: the statistics endpoints refuse every request')

try {
  const address = await app.listen({ port: config.port, host: config.host })
  console.log(`tracking API (${store.kind}) listening on ${address}`)
} catch (error) {
  fail(
    `cannot listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}`,
  )
}

let closing = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return
    closing = true
    // Stop taking requests, let committed-but-unanswered batches finish, then close the store.
    app
      .close()
      .then(() => store.close())
      .then(
        () => process.exit(0),
        (error: unknown) => fail(error),
      )
  })
}
