import { eventStringRules } from '../../content-models/index.ts'
import { funnelGroups } from './funnels.ts'

const key = eventStringRules.key.pattern.slice(1, -1)

/** At most this many answer rows over all plans (the body's 64 KiB limit allows about as many). */
export const maxAnswerRows = 5000

const keyList = (maxItems: number, description: string) =>
  ({
    type: 'array',
    maxItems,
    uniqueItems: true,
    description,
    items: { type: 'string', ...eventStringRules.key },
  }) as const

/** Body of POST /v1/stats/flows/:flow/plan-funnels: the plans and the answers leading to each. */
export const planFunnelsBody = {
  type: 'object',
  additionalProperties: false,
  required: ['questions', 'plans'],
  description:
    'The plans to count: the questions whose answers decide the plan, and per plan its id, its steps in order and every combination of answers that leads to it.',
  examples: [
    {
      questions: ['a-kasse', 'behov'],
      plans: [
        {
          id: '1',
          steps: ['cv', 'samtale'],
          answers: [
            ['ja', ''],
            ['ja', 'cv+sprog'],
          ],
        },
        { id: '2', steps: ['sprog'], answers: [['nej', 'sprog']] },
      ],
    },
  ],
  properties: {
    questions: {
      ...keyList(20, 'Question keys; each answer row gives one value per question, in this order.'),
      minItems: 1,
    },
    plans: {
      type: 'array',
      minItems: 1,
      maxItems: 500,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'steps', 'answers'],
        properties: {
          id: {
            type: 'string',
            pattern: '^[A-Za-z0-9_-]{1,40}$',
            maxLength: 40,
            description: "The client's name for the plan, given back in the answer.",
          },
          steps: keyList(200, "The plan's step keys in order; its funnel lists them first."),
          answers: {
            type: 'array',
            maxItems: maxAnswerRows,
            description:
              'The answer combinations that lead to the plan: per question (in `questions` order) the option keys chosen, sorted and joined by "+"; "" for unanswered (a multi-choice question: none chosen).',
            items: {
              type: 'array',
              maxItems: 20,
              items: {
                type: 'string',
                maxLength: 1300,
                pattern: `^(${key}(\\+${key})*)?$`,
              },
            },
          },
        },
      },
    },
  },
} as const

/** Answer of POST /v1/stats/flows/:flow/plan-funnels. */
export const planFunnelsAnswer = {
  type: 'object',
  description:
    'Per plan the funnel of its citizens, counted once each: started, completed, per step viewed and completed (the plan\'s steps first, in its order). Citizens whose answers no plan lists form the group "none"; groups under 5 citizens are merged into "other".',
  examples: [
    {
      flow: 'ny-paa-dagpenge',
      from: '2026-11-01T00:00:00.000Z',
      to: null,
      questions: ['a-kasse', 'behov'],
      groups: [
        {
          kind: 'plan',
          plan: '1',
          subjects: 212,
          started: 208,
          completed: 150,
          steps: [
            { step: 'cv', viewed: 190, completed: 170 },
            { step: 'samtale', viewed: 160, completed: 151 },
          ],
        },
        {
          kind: 'other',
          plan: null,
          subjects: 9,
          started: 8,
          completed: '<5',
          steps: [
            { step: 'sprog', viewed: 6, completed: '<5' },
            { step: 'cv', viewed: '<5', completed: '<5' },
          ],
        },
      ],
    },
  ],
  ...funnelGroups(['kind', 'plan'], {
    kind: {
      type: 'string',
      enum: ['plan', 'none', 'other'],
      description:
        '"plan": one plan of the body; "none": answers no plan lists; "other": the groups under 5 citizens merged.',
    },
    plan: { type: ['string', 'null'], description: 'The plan\'s id for "plan", else null.' },
  }),
} as const
