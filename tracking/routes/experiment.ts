import type { FastifyInstance } from 'fastify'
import { badRequestExample, errorResponses } from '../schemas/common.ts'
import { slugSchema } from '../schemas/event.ts'
import { experimentAnswer, experimentQuery } from '../schemas/experiment.ts'
import { experimentReport, type ExperimentQuery } from '../stats/experiment/report.ts'
import { describePeriod, parsePeriod, type PeriodQuery } from '../stats/period.ts'
import type { Store } from '../store/types.ts'

type Route = {
  Params: { flow: string }
  Querystring: ExperimentQuery & PeriodQuery
}

/** GET /v1/stats/flows/:flow/experiment, inside the statistics routes (their bearer check). */
export function registerExperimentRoute(
  app: FastifyInstance,
  store: Store,
  security: { bearer: never[] }[],
): void {
  app.get<Route>(
    '/v1/stats/flows/:flow/experiment',
    {
      schema: {
        operationId: 'getFlowExperiment',
        summary: "One flow's experiment: variants compared on an outcome",
        description:
          'Per configured variant: subjects who started the flow in the period and reached the outcome, the rate with a 95 % Wilson interval, and against the first variant the difference (95 % Newcombe hybrid score interval) and the chance to beat it (Bayesian, Beta(1, 1) prior, exact). Variants under `minimum` citizens are not compared. The split is tested against the shares (sample-ratio mismatch at p < 0.001). Counts under 5 are "<5".',
        tags: ['stats'],
        security,
        params: { type: 'object', required: ['flow'], properties: { flow: slugSchema } },
        querystring: experimentQuery,
        response: {
          200: experimentAnswer,
          ...errorResponses([400, 401, 429, 500], {
            400: badRequestExample('invalid_request', {
              message: 'outcome step_completed needs step.',
              field: 'step',
            }),
          }),
        },
      },
    },
    async (request) => {
      const period = parsePeriod(request.query)
      return {
        ...describePeriod(period),
        ...(await experimentReport(store, request.params.flow, period, request.query)),
      }
    },
  )
}
