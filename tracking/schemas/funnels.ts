import { eventStringRules } from '../../content-models/index.ts'
import { count, periodProperties, periodQuery } from './stats.ts'

const key = eventStringRules.key.pattern.slice(1, -1)

/** Query string of GET /v1/stats/flows/:flow/answer-groups. */
export const answerGroupsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...periodQuery.properties,
    questions: {
      type: 'string',
      maxLength: 1300,
      pattern: `^${key}(,${key}){0,19}$`,
      description:
        'The questions whose answers form the groups, comma-separated (the ones that decide the plan); every question answered in the flow when left out.',
    },
  },
} as const

/** One group's funnel per step: subjects who viewed (or completed) it, and who completed it. */
const stepFunnel = {
  type: 'array',
  items: {
    type: 'object',
    required: ['step', 'viewed', 'completed'],
    properties: {
      step: { type: 'string' },
      viewed: { ...count, description: 'Viewed or completed the step.' },
      completed: count,
    },
  },
} as const

/** A group's funnel: its subjects, who started and completed the flow, and per step. */
const groupFunnel = {
  subjects: count,
  started: count,
  completed: count,
  steps: stepFunnel,
} as const

/**
 * The fields of an answer of funnels per group: flow, period, questions, and the groups, each
 * with the fields named here (`keys` required) and its funnel.
 */
export function funnelGroups<P extends Record<string, unknown>>(keys: string[], properties: P) {
  return {
    required: ['flow', 'from', 'to', 'questions', 'groups'],
    properties: {
      flow: { type: 'string' },
      ...periodProperties,
      questions: { type: 'array', items: { type: 'string' } },
      groups: {
        type: 'array',
        items: {
          type: 'object',
          required: [...keys, 'subjects', 'started', 'completed', 'steps'],
          properties: { ...properties, ...groupFunnel },
        },
      },
    },
  } as const
}

/** Answer of GET /v1/stats/flows/:flow/answer-groups. */
export const answerGroupsAnswer = {
  type: 'object',
  description:
    'Per group of subjects with the same answers: the funnel of the flow. Groups under 5 subjects are merged into one with `answers: null` ("other").',
  examples: [
    {
      flow: 'ny-paa-dagpenge',
      from: '2026-11-01T00:00:00.000Z',
      to: null,
      questions: ['a-kasse'],
      groups: [
        {
          answers: [{ question: 'a-kasse', value: 'ja' }],
          subjects: 212,
          started: 208,
          completed: 150,
          steps: [{ step: 'upload-cv', viewed: 190, completed: 170 }],
        },
        {
          answers: null,
          subjects: 7,
          started: 7,
          completed: '<5',
          steps: [{ step: 'upload-cv', viewed: 6, completed: '<5' }],
        },
      ],
    },
  ],
  ...funnelGroups(['answers'], {
    answers: {
      type: ['array', 'null'],
      description:
        'Per question the option keys given, joined by "+" ("" for unanswered); null for the merged small groups.',
      items: {
        type: 'object',
        required: ['question', 'value'],
        properties: { question: { type: 'string' }, value: { type: 'string' } },
      },
    },
  }),
} as const

/** Query string of GET /v1/stats/flows/:flow/alternative. */
export const alternativeQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['alternative'],
  properties: {
    ...periodQuery.properties,
    alternative: {
      ...eventStringRules.slug,
      type: 'string',
      description: "The alternative flow's slug (the flow's fallback).",
    },
  },
} as const

/** Answer of GET /v1/stats/flows/:flow/alternative. */
export const alternativeAnswer = {
  type: 'object',
  description:
    'Subjects offered the alternative flow in the flow, who started it, and who completed it.',
  examples: [
    {
      flow: 'ny-paa-dagpenge',
      alternative: 'sygedagpenge',
      from: null,
      to: null,
      offered: 84,
      taken: 31,
      completed: 12,
    },
  ],
  required: ['flow', 'alternative', 'from', 'to', 'offered', 'taken', 'completed'],
  properties: {
    flow: { type: 'string' },
    alternative: { type: 'string' },
    ...periodProperties,
    offered: count,
    taken: {
      ...count,
      description: 'Of those offered, subjects who started the alternative flow.',
    },
    completed: { ...count, description: 'Of those, subjects who completed it.' },
  },
} as const
