import type { FastifyInstance } from 'fastify'
import { ApiError, toApiError } from '../errors.ts'
import { badRequestExample, errorResponses } from '../schemas/common.ts'
import { slugSchema } from '../schemas/event.ts'
import { planFunnelsAnswer, planFunnelsBody } from '../schemas/planFunnels.ts'
import { periodQuery } from '../schemas/stats.ts'
import { checkPlans } from '../stats/funnels/checkPlans.ts'
import { planFunnels, type PlanFunnelsBody } from '../stats/funnels/planFunnels.ts'
import { describePeriod, parsePeriod, type PeriodQuery } from '../stats/period.ts'
import type { Store } from '../store/types.ts'

const params = { type: 'object', required: ['flow'], properties: { flow: slugSchema } } as const
const errors = errorResponses([400, 401, 413, 415, 429, 500], {
  400: badRequestExample('invalid_request', {
    field: 'plans.0.answers.1',
    message: 'field "plans.0.answers.1" must have one value per question (2).',
  }),
})

/** The funnels per plan, inside the statistics routes (their bearer check). */
export function registerPlanFunnelsRoute(
  app: FastifyInstance,
  store: Store,
  security: { bearer: never[] }[],
): void {
  app.post<{ Params: { flow: string }; Querystring: PeriodQuery; Body: PlanFunnelsBody }>(
    '/v1/stats/flows/:flow/plan-funnels',
    {
      // A body fault is a request fault here (not an event's): re-coded below.
      attachValidation: true,
      schema: {
        operationId: 'getFlowPlanFunnels',
        summary: "One flow's funnel per plan",
        description:
          'Citizens grouped by the plan their (last) answers lead to, as the body describes the plans; each group with its funnel. Counted inside the API, so a plan\'s counts are exact; groups under 5 citizens are merged into "other". Counts under 5 are "<5".',
        tags: ['stats'],
        security,
        params,
        querystring: periodQuery,
        body: planFunnelsBody,
        response: { 200: planFunnelsAnswer, ...errors },
      },
    },
    async (request) => {
      if (request.validationError) {
        const fault = toApiError(request.validationError)
        if (fault.code !== 'invalid_event') throw fault
        throw new ApiError(400, 'invalid_request', { field: fault.field, message: fault.message })
      }
      const period = parsePeriod(request.query)
      checkPlans(request.body)
      const { flow } = request.params
      const rows = await store.flowProgress(flow, period)
      return { ...describePeriod(period), flow, ...planFunnels(rows, request.body) }
    },
  )
}
