// The tracking API's public surface: what server.ts, tests and benchmarks use.
export { buildApp, type BuildOptions } from './app.ts'
export { systemClock, type Clock } from './clock.ts'
export { ConfigError, loadConfig, type TrackingConfig } from './config.ts'
export { applyRetention, startRetention } from './retention.ts'
export { createStore, defaultSqliteFile, parseDatabaseUrl } from './store/createStore.ts'
export { flowReport, flowsReport } from './stats/report.ts'
export type { Period, Store, StoredEvent, TrackingEvent } from './store/types.ts'
