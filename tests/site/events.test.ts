import { describe, expect, test } from 'vitest'
import { eventBatchLimits } from '../../content-models/events.ts'
import { backoffMs, enqueue, nextBatch, removeEvents } from '../../site/events/batch.ts'
import { newEventId } from '../../site/events/eventId.ts'
import { makeEvent } from '../../site/events/makeEvent.ts'
import {
  addSentFor,
  claimOnce,
  emptyTracking,
  maxQueue,
  nextAt,
  parseTracking,
  setConsent,
} from '../../site/events/trackingState.ts'
import type { EventInput, TrackingEvent } from '../../site/events/types.ts'

const subject = 'a1b2c3d4e5f6a7b8c9d0'
const context = (n = 0) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  subject,
  at: new Date('2026-11-25T10:00:00.000Z'),
  locale: 'da' as const,
})
const event = (n: number, extra: Partial<TrackingEvent> = {}): TrackingEvent => ({
  ...makeEvent({ type: 'step_viewed', flow: 'ny-paa-dagpenge', step: 'cv' }, context(n))!,
  ...extra,
})

describe('makeEvent', () => {
  test('builds an event with id, subject, time and locale', () => {
    expect(makeEvent({ type: 'flow_started', flow: 'ny-paa-dagpenge' }, context(1))).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      subject,
      at: '2026-11-25T10:00:00.000Z',
      locale: 'da',
      type: 'flow_started',
      flow: 'ny-paa-dagpenge',
    })
  })

  test.each([
    ['a step event without its step', { type: 'step_viewed', flow: 'x' }],
    ['a value on a step event', { type: 'step_completed', flow: 'x', step: 'y', value: 1 }],
    [
      'a video mark that is not 25/50/75/100',
      { type: 'video_progress', content: 'videos/x', value: 30 },
    ],
    [
      'an answer on another type',
      { type: 'flow_started', flow: 'x', answer: { question: 'q', value: 'a' } },
    ],
    [
      'free text as an answer',
      { type: 'question_answered', flow: 'x', answer: { question: 'q', value: 'Mit navn er Ib' } },
    ],
    [
      'a multi-choice answer with an option twice',
      { type: 'question_answered', flow: 'x', answer: { question: 'q', value: ['a', 'a'] } },
    ],
    [
      'an empty multi-choice answer',
      { type: 'question_answered', flow: 'x', answer: { question: 'q', value: [] } },
    ],
    [
      'content without its collection',
      { type: 'checklist_item_checked', content: 'god-ansoegning' },
    ],
    ['an unknown type', { type: 'page_viewed' }],
  ])('refuses %s (the API would answer 400)', (_name, input) => {
    expect(makeEvent(input as never, context())).toBeNull()
  })

  test('refuses an upper-case id and a short subject', () => {
    const input = { type: 'flow_started', flow: 'x' } as const
    expect(
      makeEvent(input, { ...context(), id: 'ABCDEF00-0000-4000-8000-000000000000' }),
    ).toBeNull()
    expect(makeEvent(input, { ...context(), subject: 'short' })).toBeNull()
  })

  test('accepts option values, single and multi, and video marks', () => {
    const accepted = (input: EventInput) => makeEvent(input, context()) !== null
    expect(
      accepted({
        type: 'question_answered',
        flow: 'x',
        answer: { question: 'q', value: ['a', 'b'] },
      }),
    ).toBe(true)
    expect(accepted({ type: 'video_progress', content: 'videos/x', value: 100 })).toBe(true)
    expect(accepted({ type: 'contact_requested' })).toBe(true)
  })
})

describe('newEventId', () => {
  test('is a lower-case UUID version 7 that starts with the time', () => {
    const v7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    expect(newEventId()).toMatch(v7)
    const at = Date.UTC(2026, 11, 2, 9, 30)
    const id = newEventId(crypto, at)
    expect(id).toMatch(v7)
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at)
  })

  test('sorts by time, whatever the random bits', () => {
    const ones = { getRandomValues: (bytes: Uint8Array) => bytes.fill(0xff) }
    const zeros = { getRandomValues: (bytes: Uint8Array) => bytes.fill(0) }
    const earlier = newEventId(ones, 1_000)
    const later = newEventId(zeros, 1_001)
    expect(earlier < later).toBe(true)
    expect(new Set(Array.from({ length: 1000 }, () => newEventId(crypto, 5))).size).toBe(1000)
  })
})

describe('batches', () => {
  test('take at most 100 events', () => {
    const queue = Array.from({ length: 250 }, (_, n) => event(n))
    expect(nextBatch(queue)).toHaveLength(100)
    expect(nextBatch([])).toEqual([])
  })

  test('keep the body within 64 KiB', () => {
    const big = (n: number) => event(n, { flow: `f${n}-`.padEnd(79, 'a').replace(/-$/, 'a') })
    const queue = Array.from({ length: 100 }, (_, n) => ({ ...big(n), step: 'a'.repeat(64) }))
    // Make each event about 1 KiB with long (valid-length) strings in several fields.
    const heavy = queue.map((e) => ({
      ...e,
      content: `${'c'.repeat(32)}/${'s'.repeat(80)}`,
      variant: 'v'.repeat(64),
    }))
    const padded = heavy.map((e) => ({
      ...e,
      answer: { question: 'q', value: Array(20).fill('o'.repeat(64)) },
    }))
    const batch = nextBatch(padded)
    expect(batch.length).toBeLessThan(100)
    expect(new TextEncoder().encode(JSON.stringify({ events: batch })).length).toBeLessThanOrEqual(
      eventBatchLimits.maxBytes,
    )
    const oneMore = padded.slice(0, batch.length + 1)
    expect(new TextEncoder().encode(JSON.stringify({ events: oneMore })).length).toBeGreaterThan(
      eventBatchLimits.maxBytes,
    )
  })

  test('enqueue skips an id already queued and caps the queue, oldest out', () => {
    let state = emptyTracking()
    state = enqueue(enqueue(state, event(1)), event(1))
    expect(state.queue).toHaveLength(1)
    for (let n = 2; n <= maxQueue + 5; n++) state = enqueue(state, event(n))
    expect(state.queue).toHaveLength(maxQueue)
    expect(state.queue[0]!.id).toBe(event(6).id)
    expect(removeEvents(state, [event(6).id]).queue).toHaveLength(maxQueue - 1)
  })

  test('backoff doubles from 1 s up to a minute, with jitter', () => {
    expect(backoffMs(1, 0.5)).toBe(1000)
    expect(backoffMs(2, 0.5)).toBe(2000)
    expect(backoffMs(10, 0.5)).toBe(60_000)
    expect(backoffMs(3, 0)).toBe(3200)
    expect(backoffMs(3, 0.999)).toBeLessThan(4800)
  })
})

describe('the sending state', () => {
  test('starts with sharing off and nothing queued', () => {
    expect(parseTracking(null)).toEqual({ state: emptyTracking(), reset: null })
    expect(emptyTracking().consent).toBe(false)
  })

  test.each([
    ['not json'],
    ['{"version":2}'],
    [JSON.stringify({ ...emptyTracking(), queue: [1] })],
  ])('a stored value that does not check (%s) is reset with sharing off', (raw) => {
    expect(parseTracking(raw)).toEqual({ state: emptyTracking(), reset: 'corrupt' })
  })

  test('reads back what was stored', () => {
    const state = enqueue(setConsent(emptyTracking(), true, new Date(0)), event(1))
    expect(parseTracking(JSON.stringify(state))).toEqual({ state, reset: null })
  })

  test('a queued event the API would refuse is left out when the state is read', () => {
    // Written by an older site, or changed on the device: sent, it would sink its whole batch.
    const state = enqueue(
      enqueue(setConsent(emptyTracking(), true, new Date(0)), event(1)),
      event(2),
    )
    const stored = JSON.parse(JSON.stringify(state)) as typeof state
    stored.queue[0] = { ...stored.queue[0]!, type: 'page_viewed' as never }
    expect(parseTracking(JSON.stringify(stored))).toEqual({
      state: { ...state, queue: [event(2)] },
      reset: null,
    })
  })

  test('turning sharing off drops the queue', () => {
    const on = enqueue(setConsent(emptyTracking(), true, new Date(0)), event(1))
    const off = setConsent(on, false, new Date(1))
    expect(off).toMatchObject({ consent: false, queue: [], consentAt: '1970-01-01T00:00:00.001Z' })
  })

  test('a once-key is claimed once per subject', () => {
    const first = claimOnce(emptyTracking(), subject, 'started/x')
    expect(first.fresh).toBe(true)
    expect(claimOnce(first.state, subject, 'started/x').fresh).toBe(false)
    expect(claimOnce(first.state, 'another-subject-000', 'started/x').fresh).toBe(true)
  })

  test('times never go backwards, even within one millisecond', () => {
    const first = nextAt(emptyTracking(), 1000)
    const second = nextAt(first.state, 1000)
    const third = nextAt(second.state, 900)
    expect([first.at, second.at, third.at].map((at) => at.getTime())).toEqual([1000, 1001, 1002])
  })

  test('remembers the subjects it sent for, each once', () => {
    const state = addSentFor(addSentFor(emptyTracking(), ['a', 'b']), ['a'])
    expect(state.sentFor).toEqual(['b', 'a'])
  })
})
