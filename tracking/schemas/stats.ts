import { slugSchema } from './event.ts'

const count = {
  description: 'Subjects; any number under 5 is "<5".',
  anyOf: [
    { type: 'integer', minimum: 5 },
    { type: 'string', enum: ['<5'] },
  ],
} as const

const rate = {
  type: ['number', 'null'],
  description: 'completed / started; null when either is "<5".',
} as const

const periodProperties = {
  from: { type: ['string', 'null'], format: 'date-time' },
  to: { type: ['string', 'null'], format: 'date-time', description: 'Exclusive.' },
} as const

/** Query string of the statistics endpoints. */
export const periodQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    from: { type: 'string', maxLength: 35, description: 'ISO date or date-time (receive time).' },
    to: {
      type: 'string',
      maxLength: 35,
      description: 'ISO date (inclusive) or date-time (exclusive).',
    },
  },
} as const

const groupProperties = {
  started: count,
  completed: count,
  completionRate: rate,
  medianMinutes: {
    type: ['number', 'null'],
    description: 'Median minutes from flow_started to flow_completed; null under 5 subjects.',
  },
} as const

/** Answer of GET /v1/stats/flows. */
export const flowsAnswer = {
  type: 'object',
  required: ['from', 'to', 'flows'],
  properties: {
    ...periodProperties,
    flows: {
      type: 'array',
      items: {
        type: 'object',
        required: ['flow', 'started', 'completed', 'completionRate'],
        properties: { flow: slugSchema, started: count, completed: count, completionRate: rate },
      },
    },
  },
} as const

/** Answer of GET /v1/stats/flows/:flow. */
export const flowAnswer = {
  type: 'object',
  required: ['flow', 'from', 'to', 'steps', 'variants', ...Object.keys(groupProperties)],
  properties: {
    flow: slugSchema,
    ...periodProperties,
    ...groupProperties,
    steps: {
      type: 'array',
      items: {
        type: 'object',
        required: ['step', 'viewed', 'completed', 'droppedOff'],
        properties: {
          step: { type: 'string' },
          viewed: count,
          completed: count,
          droppedOff: {
            ...count,
            description: 'Viewed the step, never completed it and did not complete the flow.',
          },
        },
      },
    },
    variants: {
      type: 'array',
      items: {
        type: 'object',
        required: ['variant', ...Object.keys(groupProperties)],
        properties: { variant: { type: ['string', 'null'] }, ...groupProperties },
      },
    },
  },
} as const
