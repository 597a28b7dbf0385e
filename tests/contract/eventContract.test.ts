// The event contract (content-models/events.ts) seen from both sides: what the tracking API
// refuses the site's validator refuses too, and what the site makes the API accepts.
import fc from 'fast-check'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  checkedFault,
  eventTypeRules,
  eventTypes,
  type EventInput,
  type EventType,
  type TrackingEvent,
} from '../../content-models/events.ts'
import type { Locale } from '../../content-models/index.ts'
import { makeEvent } from '../../site/events/makeEvent.ts'
import { isValidBatch, isValidEvent } from '../../site/events/validate.ts'
import { newEventId } from '../../site/events/eventId.ts'
import type { Store } from '../../tracking/index.ts'
import { batchSchema } from '../../tracking/schemas/event.ts'
import { badRequests } from '../tracking/fixtures/badRequests.ts'
import { closeOpened } from '../tracking/helpers/closeOpened.ts'
import { sqliteBackend, type Backend } from '../tracking/helpers/backends.ts'
import { newSubject } from '../tracking/helpers/events.ts'
import { testApp } from '../tracking/helpers/http.ts'
import { compileAsTheApi } from './apiValidator.ts'

const validateBatch = compileAsTheApi(batchSchema)

/** What the API does with a batch body before storing it: its JSON schema, then its own checks (real dates, official municipality codes). */
function apiAccepts(body: unknown): boolean {
  if (!validateBatch(body)) return false
  return checkedFault((body as { events: TrackingEvent[] }).events) === null
}

/** A valid input for a type, every required field filled from the contract's rules. */
function inputFor(type: EventType, variant?: string): EventInput {
  const rule = eventTypeRules[type]
  const input: EventInput = { type }
  for (const field of rule.required) {
    if (field === 'flow') input.flow = 'ny-paa-dagpenge'
    if (field === 'step') input.step = 'upload-cv'
    if (field === 'content') input.content = 'videos/saadan-bruger-du-jobloggen'
    if (field === 'answer') input.answer = { question: 'has-cv', value: ['yes', 'no_idea'] }
  }
  if ('value' in rule) input.value = 'enum' in rule.value ? rule.value.enum[1] : rule.value.maximum
  if (variant) input.variant = variant
  return input
}

const at = new Date('2028-02-29T23:59:59.999Z')
// The site's events carry the citizen's municipality when they chose one (Thisted here).
const siteEvent = (input: EventInput, subject = newSubject()) =>
  makeEvent(input, { id: newEventId(), subject, at, locale: 'en', municipality: '787' })

const postsJson = (bad: (typeof badRequests)[number]) =>
  bad.method === 'POST' &&
  bad.url('') === '/v1/events' &&
  bad.headers?.['content-type'] === 'application/json'

describe("the tracking API's refusals, through the site's validator", () => {
  const refusals = badRequests.filter(postsJson)

  test('the fixtures hold the batch refusals (the site only ever sends application/json)', () => {
    expect(refusals.length).toBeGreaterThanOrEqual(20)
    // The others are refused for their media type, their URL or their token: not the
    // event contract. The sender posts application/json only (site/events/sender.ts).
    const others = badRequests.filter((bad) => !postsJson(bad))
    expect(others.every((bad) => bad.status !== 400 || bad.code !== 'invalid_event')).toBe(true)
  })

  for (const bad of refusals) {
    test(`refuses ${bad.name} (the API: ${bad.status} ${bad.code})`, () => {
      const text = bad.body!(newSubject())
      let body: unknown
      try {
        body = JSON.parse(text)
      } catch {
        // The site writes bodies with JSON.stringify only; this one it cannot make.
        expect(bad.code).toBe('invalid_json')
        return
      }
      expect(isValidBatch(body)).toBe(false)
      expect(apiAccepts(body)).toBe(false)
      if (bad.event === undefined) return
      // The refusal is about that one event: the site refuses it, and only it.
      const events = (body as { events: unknown[] }).events
      expect(events.map((event) => isValidEvent(event))).toEqual(
        events.map((_, index) => index !== bad.event),
      )
      // And makeEvent, which builds what the site queues, gives null for it.
      const {
        id,
        subject,
        at: time,
        locale,
        ...input
      } = events[bad.event] as Record<string, string>
      const made = makeEvent(input as unknown as EventInput, {
        id: id!,
        subject: subject!,
        at: new Date(time!),
        locale: locale as Locale,
      })
      if (made !== null) expect(made.at).not.toBe(time) // only an `at` the site would rewrite
    })
  }
})

describe("the site's events, through the tracking API's schema", () => {
  let backend: Backend
  let store: Store
  let app: FastifyInstance
  beforeAll(async () => {
    backend = await sqliteBackend()
    store = await backend.open()
    app = await testApp(store, { TRACKING_RATE_LIMIT: '0' })
  })
  afterAll(() => closeOpened({ app, store, backend }))

  test.each(eventTypes)('%s, made by makeEvent, is accepted', (type) => {
    for (const variant of [undefined, 'kort-version']) {
      const event = siteEvent(inputFor(type, variant))
      expect(event).not.toBeNull()
      const body = { events: [event] }
      expect(validateBatch(body), JSON.stringify(validateBatch.errors)).toBe(true)
      expect(apiAccepts(body)).toBe(true)
    }
  })

  test('a batch of every type, as the site sends it, is stored by the real app (202)', async () => {
    const subject = newSubject()
    const events = eventTypes.map((type) => siteEvent(inputFor(type), subject)!)
    const response = await app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ events }),
    })
    expect(response.statusCode, response.body).toBe(202)
    const stored = await store.eventsOf(subject)
    expect(stored.map((event) => event.type).sort()).toEqual([...eventTypes].sort())
    expect(new Set(stored.map((event) => event.municipality))).toEqual(new Set(['787']))
  })
})

// Each field drawn from values the contract allows and values it refuses, so the two
// validators meet valid events, events with one fault, and events with several.
const uuid = '0190a0b0-1c2d-7e3f-8a4b-5c6d7e8f9a0b'
const fieldValues = {
  id: [uuid, uuid.toUpperCase(), uuid.slice(1), `${uuid}0`, undefined, 7],
  subject: [
    'a1B2c3D4e5F6g7H8',
    'x'.repeat(64),
    'x'.repeat(15),
    'x'.repeat(65),
    'abc!defghijklmnop',
  ],
  type: [...eventTypes, 'page_viewed', undefined],
  flow: [undefined, 'ny-paa-dagpenge', 'a'.repeat(80), 'a'.repeat(81), 'Bad_Flow', '-x', ''],
  step: [undefined, 'cv', 'upload_cv-2', '_x', 'k'.repeat(64), 'k'.repeat(65), 'a b'],
  content: [undefined, 'videos/intro', 'intro', `${'c'.repeat(32)}/a`, `${'c'.repeat(33)}/a`, '/a'],
  variant: [undefined, 'b', 'B'],
  value: [undefined, 25, 100, 30, 1, 3, 5, 0, 6, 3.5, '5'],
  answer: [
    undefined,
    { question: 'q', value: 'a' },
    { question: 'q', value: ['a', 'b'] },
    { question: 'q', value: ['a', 'a'] },
    { question: 'q', value: [] },
    { question: 'q', value: Array.from({ length: 21 }, (_, i) => `o${i}`) },
    { question: 'Q', value: 'a' },
    { question: 'q', value: 'free text' },
    { question: 'q', value: 'a', note: 'x' },
    { question: 'q' },
  ],
  locale: [undefined, 'da', 'en', 'sv'],
  municipality: [undefined, '787', '101', '999', '0787', 'Thisted', 787],
  at: [
    '2026-11-25T10:00:00.000Z',
    '2028-02-29T10:00:00+01:00',
    '2026-02-29T10:00:00Z',
    '2026-04-31T10:00:00Z',
    '2026-11-25T10:00:00',
    '2026-11-25 10:00:00Z',
    'yesterday',
  ],
  colour: [undefined, undefined, undefined, 'red'],
}
const anyEvent = fc.record(
  Object.fromEntries(
    Object.entries(fieldValues).map(([field, values]) => [field, fc.constantFrom(...values)]),
  ),
)
// JSON leaves out what is undefined; both sides see the event as it would be sent.
const asSent = (event: Record<string, unknown>) => JSON.parse(JSON.stringify(event)) as unknown

test('the two validators agree on every event (property)', () => {
  fc.assert(
    fc.property(anyEvent, (event) => {
      const sent = asSent(event)
      expect(isValidEvent(sent)).toBe(apiAccepts({ events: [sent] }))
    }),
    { numRuns: 3000, seed: 20261206 },
  )
})

test('the two validators agree on events of the right shape for their type (property)', () => {
  // Most random records are refused by both; these start valid and change one field.
  const nearlyValid = fc
    .tuple(fc.constantFrom(...eventTypes), anyEvent, fc.constantFrom(...Object.keys(fieldValues)))
    .map(([type, random, field]) => {
      const event = siteEvent(inputFor(type, 'b')) as Record<string, unknown>
      return { ...event, [field]: random[field] }
    })
  let accepted = 0
  fc.assert(
    fc.property(nearlyValid, (event) => {
      const sent = asSent(event)
      const api = apiAccepts({ events: [sent] })
      if (api) accepted++
      expect(isValidEvent(sent)).toBe(api)
    }),
    { numRuns: 3000, seed: 20261207 },
  )
  // Both outcomes were met often, so the agreement above means something.
  expect(accepted).toBeGreaterThan(300)
  expect(accepted).toBeLessThan(2700)
})
