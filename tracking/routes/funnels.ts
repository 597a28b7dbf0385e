import type { FastifyInstance } from 'fastify'
import { badRequestExample, errorResponses } from '../schemas/common.ts'
import { slugSchema } from '../schemas/event.ts'
import {
  alternativeAnswer,
  alternativeQuery,
  answerGroupsAnswer,
  answerGroupsQuery,
} from '../schemas/funnels.ts'
import { alternativeReport, answerGroupsReport } from '../stats/funnels/report.ts'
import { describePeriod, parsePeriod, type PeriodQuery } from '../stats/period.ts'
import type { Store } from '../store/types.ts'

const params = { type: 'object', required: ['flow'], properties: { flow: slugSchema } } as const
const errors = errorResponses([400, 401, 429, 500], {
  400: badRequestExample('invalid_period', { field: 'from' }),
})

/** The answer-group and alternative-flow funnels, inside the statistics routes (their bearer check). */
export function registerFunnelRoutes(
  app: FastifyInstance,
  store: Store,
  security: { bearer: never[] }[],
): void {
  app.get<{ Params: { flow: string }; Querystring: PeriodQuery & { questions?: string } }>(
    '/v1/stats/flows/:flow/answer-groups',
    {
      schema: {
        operationId: 'getFlowAnswerGroups',
        summary: "One flow's funnel per group of answers",
        description:
          'Subjects grouped by their (last) answers to the named questions, each group with its funnel: started, completed, per step viewed and completed. Grouped inside the API; groups under 5 subjects are merged into one ("other"). Counts under 5 are "<5".',
        tags: ['stats'],
        security,
        params,
        querystring: answerGroupsQuery,
        response: { 200: answerGroupsAnswer, ...errors },
      },
    },
    async (request) => {
      const period = parsePeriod(request.query)
      const { flow } = request.params
      return {
        ...describePeriod(period),
        ...(await answerGroupsReport(store, flow, period, request.query.questions)),
      }
    },
  )

  app.get<{ Params: { flow: string }; Querystring: PeriodQuery & { alternative: string } }>(
    '/v1/stats/flows/:flow/alternative',
    {
      schema: {
        operationId: 'getFlowAlternative',
        summary: "One flow's alternative flow: offered, taken, completed",
        description:
          'Subjects offered the alternative flow in this flow (fallback_offered), of them who started the alternative flow, and of those who completed it. Counts under 5 are "<5".',
        tags: ['stats'],
        security,
        params,
        querystring: alternativeQuery,
        response: { 200: alternativeAnswer, ...errors },
      },
    },
    async (request) => {
      const period = parsePeriod(request.query)
      const { flow } = request.params
      return {
        ...describePeriod(period),
        ...(await alternativeReport(store, flow, request.query.alternative, period)),
      }
    },
  )
}
