import Fastify, {
  LogController,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify'
import { systemClock, type Clock } from './clock.ts'
import type { TrackingConfig } from './config.ts'
import { ApiError, errorBody, toApiError } from './errors.ts'
import { logSafe } from './logSafe.ts'
import { registerOpenApi } from './plugins/openapi.ts'
import { registerRequestLog } from './plugins/requestLog.ts'
import { registerSecurity, securityHeaders } from './plugins/security.ts'
import { ajvOptions } from './schemas/ajvOptions.ts'
import { startRetention } from './retention.ts'
import { eventsRoutes, maxBodyBytes } from './routes/events.ts'
import { healthRoutes } from './routes/health.ts'
import { statsRoutes } from './routes/stats.ts'
import { subjectsRoutes } from './routes/subjects.ts'
import type { Store } from './store/types.ts'

/** What {@link buildApp} needs: a store, the configuration, and optionally a clock and logger. */
export type BuildOptions = {
  store: Store
  config: TrackingConfig
  /** Receive times and retention read this clock (tests pass their own). */
  clock?: Clock
  /** Fastify logger option; defaults to pino at `config.logLevel`. */
  logger?: FastifyServerOptions['logger']
  /** Set false to leave retention to the caller (tests that drive it themselves). */
  retention?: boolean
}

/** Answers an error in the one error shape, logging it without the request body. */
function answerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const apiError = toApiError(error)
  if (apiError.status >= 500) request.log.error({ err: logSafe(error) }, 'request failed')
  else
    request.log.info(
      { code: apiError.code, event: apiError.event, field: apiError.field },
      'request refused',
    )
  return reply.code(apiError.status).send(errorBody(apiError))
}

/**
 * Builds the tracking API as a Fastify app, not yet listening. Retention starts when the
 * app is ready and stops when it closes; the store stays the caller's to close.
 */
export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { store, config } = options
  const clock = options.clock ?? systemClock
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    // Fastify's own request lines carry the client address and URL; ours (requestLog.ts) do not.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: maxBodyBytes,
    // A client gets 10 s for its headers and 15 s for the whole request (a batch is at most
    // maxBodyBytes), checked every second: a slowloris client or a body that never arrives
    // holds a connection for seconds, not Node's default of minutes.
    requestTimeout: 15_000,
    http: { headersTimeout: 10_000, connectionsCheckingInterval: 1_000 },
    // Plain JSON.parse: the schemas refuse every unknown key (a __proto__ or constructor key
    // included) before any handler runs, so secure-json-parse's extra scan buys nothing here.
    onProtoPoisoning: 'ignore',
    onConstructorPoisoning: 'ignore',
    ajv: { customOptions: ajvOptions },
    // A URL the router cannot read (a bad %-escape, an over-long parameter) is answered in the
    // API's error shape, with its headers, as the OpenAPI document says; no hook runs for it.
    frameworkErrors: (error, request, reply) => {
      void answerError(error, request, reply.headers(securityHeaders))
    },
    // While closing, requests already on a connection are answered as usual (the store closes
    // after the app), instead of with a 503 in Fastify's own shape.
    return503OnClosing: false,
  })
  // Only application/json bodies are parsed; anything else is a 415.
  app.removeContentTypeParser('text/plain')

  app.setErrorHandler(answerError)
  app.setNotFoundHandler((_request, reply) => {
    return reply.code(404).send(errorBody(new ApiError(404, 'not_found')))
  })

  registerRequestLog(app)
  await registerSecurity(app, config, clock)
  await registerOpenApi(app, config)
  await app.register(healthRoutes, { store })
  await app.register(eventsRoutes, { store, clock })
  await app.register(subjectsRoutes, { store })
  await app.register(statsRoutes, { store, readToken: config.readToken })

  if (options.retention !== false) {
    let retention: ReturnType<typeof startRetention> | undefined
    app.addHook('onReady', async () => {
      retention = startRetention({
        store,
        retentionDays: config.retentionDays,
        clock,
        log: app.log,
      })
    })
    app.addHook('onClose', async () => retention?.stop())
  }
  return app
}
