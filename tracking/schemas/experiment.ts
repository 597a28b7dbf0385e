import { eventStringRules } from '../../content-models/index.ts'
import { count, periodProperties, periodQuery } from './stats.ts'

/** The outcomes an experiment may count. */
const experimentOutcomes = [
  'flow_completed',
  'step_completed',
  'checklist_done',
  'contact_requested',
  'alternative_taken',
] as const

const key = eventStringRules.key.pattern.slice(1, -1)
const share = '(100|[0-9]{1,2})(\\.[0-9]{1,2})?'
const variantList = `${key}:${share}`

/** Query string of GET /v1/stats/flows/:flow/experiment. */
export const experimentQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['variants'],
  properties: {
    ...periodQuery.properties,
    variants: {
      type: 'string',
      maxLength: 700,
      pattern: `^${variantList}(,${variantList}){0,9}$`,
      description:
        'The configured variants in order, each `key:share` (percent), comma-separated; the first is the one the others are compared with.',
      examples: ['kort:50,lang:50'],
    },
    outcome: {
      type: 'string',
      enum: experimentOutcomes,
      default: 'flow_completed',
      description:
        'What counts: the flow completed; the step `step` completed; the checklist `checklist` with at least `items` items ticked; a contact link followed; the alternative flow `alternative` started.',
    },
    step: { ...eventStringRules.key, type: 'string', description: 'With step_completed.' },
    checklist: {
      ...eventStringRules.content,
      type: 'string',
      description: 'With checklist_done: `checklists/<slug>`.',
    },
    items: {
      type: 'string',
      pattern: '^[1-9][0-9]{0,2}$',
      description: 'With checklist_done: how many items make it done (1–999).',
    },
    alternative: {
      ...eventStringRules.slug,
      type: 'string',
      description: "With alternative_taken: the alternative flow's slug.",
    },
    minimum: {
      type: 'string',
      pattern: '^[1-9][0-9]{1,5}$',
      description: 'Citizens each variant needs before it is compared (10–999999; 100).',
    },
  },
} as const

const interval = (description: string) =>
  ({
    type: ['object', 'null'],
    description,
    required: ['low', 'high'],
    properties: { low: { type: 'number' }, high: { type: 'number' } },
  }) as const

const variantRow = {
  type: 'object',
  required: ['variant', 'share', 'started', 'reached', 'rate', 'needed', 'comparison'],
  properties: {
    variant: { type: 'string' },
    share: { type: 'number', description: 'The configured share, as given.' },
    started: count,
    reached: { ...count, description: 'Of those started, subjects who reached the outcome.' },
    rate: {
      ...interval('reached / started with its 95 % Wilson interval; null when a count is "<5".'),
      required: ['rate', 'low', 'high'],
      properties: { rate: { type: 'number' }, low: { type: 'number' }, high: { type: 'number' } },
    },
    needed: {
      type: 'integer',
      minimum: 0,
      description:
        'More citizens this variant needs before it is compared (the whole minimum while started is "<5").',
    },
    comparison: {
      type: ['object', 'null'],
      description: 'Against the first variant; null for the first.',
      required: ['verdict', 'difference', 'chanceToBeatFirst'],
      properties: {
        verdict: {
          type: 'string',
          enum: ['too_few', 'better', 'worse', 'unclear'],
          description:
            'better: chance to beat the first ≥ 0.95; worse: ≤ 0.05; too_few: a variant is under the minimum or reached "<5".',
        },
        difference: {
          ...interval(
            "This rate minus the first's (`estimate`), with the 95 % Newcombe hybrid score interval; null when too_few.",
          ),
          required: ['estimate', 'low', 'high'],
          properties: {
            estimate: { type: 'number' },
            low: { type: 'number' },
            high: { type: 'number' },
          },
        },
        chanceToBeatFirst: {
          type: ['number', 'null'],
          description:
            'P(this rate > the first rate), each rate Beta(1 + reached, 1 + started − reached) (prior Beta(1, 1)), computed exactly; null when too_few.',
        },
      },
    },
  },
} as const

/** Answer of GET /v1/stats/flows/:flow/experiment. */
export const experimentAnswer = {
  type: 'object',
  description:
    "The experiment's read-out in the period (the experiment period: `from` is its start).",
  examples: [
    {
      flow: 'ny-paa-dagpenge',
      from: '2026-11-01T00:00:00.000Z',
      to: null,
      outcome: 'flow_completed',
      minimumSample: 100,
      sampleRatio: { pValue: 0.41, mismatch: false },
      unconfiguredStarted: '<5',
      variants: [
        {
          variant: 'lang',
          share: 50,
          started: 412,
          reached: 287,
          rate: { rate: 0.6966, low: 0.6505, high: 0.739 },
          needed: 0,
          comparison: null,
        },
        {
          variant: 'kort',
          share: 50,
          started: 398,
          reached: 301,
          rate: { rate: 0.7563, low: 0.7118, high: 0.7959 },
          needed: 0,
          comparison: {
            verdict: 'unclear',
            difference: { estimate: 0.0597, low: -0.0025, high: 0.121 },
            chanceToBeatFirst: 0.97,
          },
        },
      ],
    },
  ],
  required: [
    'flow',
    'from',
    'to',
    'outcome',
    'minimumSample',
    'sampleRatio',
    'unconfiguredStarted',
    'variants',
  ],
  properties: {
    flow: { type: 'string' },
    ...periodProperties,
    outcome: { type: 'string', enum: experimentOutcomes },
    minimumSample: { type: 'integer' },
    sampleRatio: {
      type: 'object',
      description:
        "Pearson's chi-square test of the started counts against the shares; mismatch when p < 0.001 (the split is broken).",
      required: ['pValue', 'mismatch'],
      properties: { pValue: { type: 'number' }, mismatch: { type: 'boolean' } },
    },
    unconfiguredStarted: {
      ...count,
      description: 'Started with a variant not in `variants` (or none).',
    },
    variants: { type: 'array', items: variantRow },
  },
} as const
