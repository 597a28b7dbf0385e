// The municipality the citizen chose goes along with their events, only with consent, and
// only as one of the official codes. track() runs against an in-memory Web Storage (Node has
// no localStorage) and a page whose lang is Danish and which names no tracking API, so
// nothing is sent: the events stay in the queue, where the test reads them.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { makeEvent } from '../../site/events/makeEvent.ts'
import { loadTracking, saveTracking } from '../../site/events/storage.ts'
import { track } from '../../site/events/track.ts'
import { emptyTracking, setConsent } from '../../site/events/trackingState.ts'
import { storageKey } from '../../site/state/deviceState.ts'

const subject = 'a1b2c3d4e5f6a7b8c9d0'
const context = {
  id: '00000000-0000-4000-8000-000000000001',
  subject,
  at: new Date('2026-11-25T10:00:00.000Z'),
  locale: 'da' as const,
}
const input = { type: 'flow_started', flow: 'ny-paa-dagpenge' } as const

describe('makeEvent with a municipality', () => {
  test('adds an official code', () => {
    expect(makeEvent(input, { ...context, municipality: '787' })).toMatchObject({
      ...input,
      municipality: '787',
    })
  })

  test.each([
    ['no choice', undefined],
    ['three digits that are no municipality', '999'],
    ['a name', 'Thisted'],
    ['an empty string', ''],
  ])('leaves it out for %s, and still makes the event', (_, municipality) => {
    const event = makeEvent(input, { ...context, municipality })
    expect(event).toMatchObject(input)
    expect(event).not.toHaveProperty('municipality')
  })
})

/** Web Storage in memory, as the browser's localStorage behaves for these calls. */
class MemoryStorage {
  private readonly items = new Map<string, string>()
  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value)
  }
  removeItem(key: string): void {
    this.items.delete(key)
  }
}

/** Stores a device state (as site/state/deviceState.ts writes it), with the given fields. */
function storeDevice(fields: Record<string, unknown>): void {
  const state = { version: 1, subject, answers: {}, completed: [], checked: {}, ...fields }
  localStorage.setItem(storageKey, JSON.stringify(state))
}

const consent = (on: boolean) =>
  saveTracking(setConsent(emptyTracking(), on, new Date('2026-11-25T09:00:00Z')))
const queued = () => loadTracking().state.queue

describe('track', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.stubGlobal('localStorage', new MemoryStorage())
    vi.stubGlobal('document', {
      documentElement: { lang: 'da' },
      querySelector: () => null,
    })
  })
  afterEach(() => {
    vi.runOnlyPendingTimers()
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  test('sends the chosen municipality with each event, when the citizen said yes', () => {
    consent(true)
    storeDevice({ municipality: '787' })
    expect(track(input)).toBe(true)
    storeDevice({ municipality: '751' })
    expect(track({ type: 'contact_requested' })).toBe(true)
    expect(queued().map((event) => [event.type, event.subject, event.municipality])).toEqual([
      ['flow_started', subject, '787'],
      ['contact_requested', subject, '751'],
    ])
  })

  test('sends no municipality before one is chosen', () => {
    consent(true)
    storeDevice({})
    expect(track(input)).toBe(true)
    expect(queued()).toHaveLength(1)
    expect(queued()[0]).not.toHaveProperty('municipality')
  })

  test('queues nothing, municipality or not, without consent', () => {
    consent(false)
    storeDevice({ municipality: '787' })
    expect(track(input)).toBe(false)
    expect(queued()).toEqual([])
  })
})
