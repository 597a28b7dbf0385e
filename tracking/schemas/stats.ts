import { municipalitySchema, slugSchema } from './event.ts'

/** A count of subjects in an answer: a number of at least 5, or "<5". */
export const count = {
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

/**
 * `from` and `to` of an answer: the period asked for, null for an open end; `municipality`
 * when the answer counts one municipality's events only.
 */
export const periodProperties = {
  from: { type: ['string', 'null'], format: 'date-time' },
  to: { type: ['string', 'null'], format: 'date-time', description: 'Exclusive.' },
  municipality: {
    ...municipalitySchema,
    description: 'The municipality asked for; absent in national totals.',
  },
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
    municipality: {
      ...municipalitySchema,
      description:
        'Count only events that carry this municipality code (one of the 98 official codes); left out, the national totals. Counts under 5 are "<5" here too.',
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
  description: 'One row per flow with events in the period.',
  examples: [
    {
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
      flows: [
        { flow: 'ny-paa-dagpenge', started: 412, completed: 287, completionRate: 0.697 },
        { flow: 'find-job', started: '<5', completed: '<5', completionRate: null },
      ],
    },
  ],
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
  description: "The flow's funnel in the period.",
  examples: [
    {
      flow: 'ny-paa-dagpenge',
      from: '2026-11-01T00:00:00.000Z',
      to: null,
      started: 412,
      completed: 287,
      completionRate: 0.697,
      medianMinutes: 14.5,
      steps: [
        { step: 'upload-cv', viewed: 398, completed: 301, droppedOff: 61 },
        { step: 'book-samtale', viewed: 7, completed: '<5', droppedOff: '<5' },
      ],
      variants: [
        {
          variant: null,
          started: 201,
          completed: 139,
          completionRate: 0.692,
          medianMinutes: 15,
        },
        {
          variant: 'kort',
          started: 211,
          completed: 148,
          completionRate: 0.701,
          medianMinutes: 13.5,
        },
      ],
    },
  ],
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
