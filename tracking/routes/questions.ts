import type { FastifyInstance } from 'fastify'
import { badRequestExample, errorResponses } from '../schemas/common.ts'
import { questionsAnswer } from '../schemas/questions.ts'
import { periodQuery } from '../schemas/stats.ts'
import { describePeriod, parsePeriod, type PeriodQuery } from '../stats/period.ts'
import { questionsReport } from '../stats/questions.ts'
import type { Store } from '../store/types.ts'

const errors = errorResponses([400, 401, 429, 500], {
  400: badRequestExample('invalid_period', { field: 'from' }),
})

/** GET /v1/stats/questions, inside the statistics routes (their bearer check). */
export function registerQuestionsRoute(
  app: FastifyInstance,
  store: Store,
  security: { bearer: never[] }[],
): void {
  app.get<{ Querystring: PeriodQuery }>(
    '/v1/stats/questions',
    {
      schema: {
        operationId: 'getQuestionStats',
        summary: 'Questions asked: answered per week, sources opened',
        description:
          'From question_asked events in the period: per ISO week (of receive time) questions asked, answered and the share answered; per source opened from an answer (`collection/slug`), how many times. Counts under 5 are "<5".',
        tags: ['stats'],
        security,
        querystring: periodQuery,
        response: { 200: questionsAnswer, ...errors },
      },
    },
    async (request) => {
      const period = parsePeriod(request.query)
      return { ...describePeriod(period), ...(await questionsReport(store, period)) }
    },
  )
}
