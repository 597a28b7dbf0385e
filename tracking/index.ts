// The tracking API's public surface: what server.ts, tests and benchmarks use.
export { buildApp } from './app.ts'
export { ConfigError, loadConfig } from './config.ts'
export { applyRetention, startRetention } from './retention.ts'
export { createStore, defaultSqliteFile, parseDatabaseUrl } from './store/createStore.ts'
export { flowReport, flowsReport } from './stats/report.ts'
export type { Store, TrackingEvent } from './store/types.ts'
