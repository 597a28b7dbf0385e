import { eventStringRules } from '../../content-models/index.ts'
import { count, periodProperties } from './stats.ts'

const times = { ...count, description: 'Events; any number under 5 is "<5".' } as const

/** Answer of GET /v1/stats/questions. */
export const questionsAnswer = {
  type: 'object',
  description:
    'Questions asked on the site ("Spørg") in the period, from question_asked events: per ISO week asked, answered and the share answered; per source opened from an answer, how many times. The question itself is never sent.',
  examples: [
    {
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
      weeks: [
        { week: '2026-W48', monday: '2026-11-23', asked: 96, answered: 71, answeredShare: 0.74 },
        { week: '2026-W49', monday: '2026-11-30', asked: 6, answered: '<5', answeredShare: null },
      ],
      sources: [
        { source: 'faqs/ferie-som-ledig', type: 'faqs', slug: 'ferie-som-ledig', opened: 23 },
        { source: 'lessons/dagpengekort', type: 'lessons', slug: 'dagpengekort', opened: '<5' },
      ],
    },
  ],
  required: ['from', 'to', 'weeks', 'sources'],
  properties: {
    ...periodProperties,
    weeks: {
      type: 'array',
      description: 'Weeks (of receive time) with questions, oldest first.',
      items: {
        type: 'object',
        required: ['week', 'monday', 'asked', 'answered', 'answeredShare'],
        properties: {
          week: { type: 'string', pattern: '^\\d{4}-W\\d{2}$', description: 'ISO 8601 week.' },
          monday: { type: 'string', format: 'date', description: "The week's Monday (UTC)." },
          asked: times,
          answered: times,
          answeredShare: {
            type: ['number', 'null'],
            description: 'answered / asked; null when either is "<5".',
          },
        },
      },
    },
    sources: {
      type: 'array',
      description: 'Sources opened from an answer, most opened first.',
      items: {
        type: 'object',
        required: ['source', 'type', 'slug', 'opened'],
        properties: {
          source: {
            type: 'string',
            pattern: eventStringRules.content.pattern,
            description: '`collection/slug`, as the event carries it.',
          },
          type: { type: 'string', description: 'The collection.' },
          slug: { type: 'string' },
          opened: times,
        },
      },
    },
  },
} as const
