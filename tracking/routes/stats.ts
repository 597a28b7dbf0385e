import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import { ApiError } from '../errors.ts'
import { badRequestExample, errorResponses } from '../schemas/common.ts'
import { slugSchema } from '../schemas/event.ts'
import { registerExperimentRoute } from './experiment.ts'
import { registerFunnelRoutes } from './funnels.ts'
import { registerPlanFunnelsRoute } from './planFunnels.ts'
import { registerQuestionsRoute } from './questions.ts'
import { flowAnswer, flowsAnswer, periodQuery } from '../schemas/stats.ts'
import { describePeriod, parsePeriod, type PeriodQuery } from '../stats/period.ts'
import { flowReport, flowsReport } from '../stats/report.ts'
import type { Store } from '../store/types.ts'

type Query = { Querystring: PeriodQuery }

const statsErrors = [400, 401, 429, 500]
const periodExample = {
  400: badRequestExample('invalid_period', { field: 'from' }),
}

const digest = (text: string) => createHash('sha256').update(text).digest()

/** True when the request carries `Authorization: Bearer <token>` (compared in constant time). */
function hasBearer(request: FastifyRequest, token: string | undefined): boolean {
  const header = request.headers.authorization
  if (token === undefined || typeof header !== 'string' || !header.startsWith('Bearer '))
    return false
  return timingSafeEqual(digest(header.slice('Bearer '.length)), digest(token))
}

/** Editors' aggregates, behind the bearer `TRACKING_READ_TOKEN`. */
export const statsRoutes: FastifyPluginAsync<{
  store: Store
  readToken: string | undefined
}> = async (app, { store, readToken }) => {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('cache-control', 'no-store')
    if (!hasBearer(request, readToken)) throw new ApiError(401, 'unauthorized')
  })
  const security: { bearer: never[] }[] = [{ bearer: [] }]

  app.get<Query>(
    '/v1/stats/flows',
    {
      schema: {
        operationId: 'listFlowStats',
        summary: 'Started and completed per flow',
        description:
          'One row per flow with events received in the period: subjects who started and completed it, and the completion rate.',
        tags: ['stats'],
        security,
        querystring: periodQuery,
        response: { 200: flowsAnswer, ...errorResponses(statsErrors, periodExample) },
      },
    },
    async (request) => {
      const period = parsePeriod(request.query)
      return { ...describePeriod(period), flows: await flowsReport(store, period) }
    },
  )

  app.get<Query & { Params: { flow: string } }>(
    '/v1/stats/flows/:flow',
    {
      schema: {
        operationId: 'getFlowStats',
        summary: "One flow's funnel: per step and per variant",
        description:
          'For one flow in the period: subjects who started and completed it, the median minutes between, per step who viewed, completed and dropped off, and the same per variant. A flow without events answers with counts of "<5".',
        tags: ['stats'],
        security,
        params: { type: 'object', required: ['flow'], properties: { flow: slugSchema } },
        querystring: periodQuery,
        response: { 200: flowAnswer, ...errorResponses(statsErrors, periodExample) },
      },
    },
    async (request) => {
      const period = parsePeriod(request.query)
      return {
        ...describePeriod(period),
        ...(await flowReport(store, request.params.flow, period)),
      }
    },
  )
  registerExperimentRoute(app, store, security)
  registerFunnelRoutes(app, store, security)
  registerPlanFunnelsRoute(app, store, security)
  registerQuestionsRoute(app, store, security)
}
