import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  applyRetention,
  flowReport,
  flowsReport,
  type Store,
  type TrackingEvent,
} from '../../tracking/index.ts'
import type { Backend } from './helpers/backends.ts'
import { makeBatch, makeEvent, newFlow, newSubject } from './helpers/events.ts'
import { closeOpened } from './helpers/closeOpened.ts'

const minute = 60_000
const day = 24 * 60 * minute

/**
 * The behaviour every store must have. Run against a real SQLite file and a real Postgres
 * database by store.contract.test.ts.
 */
export function describeStoreContract(name: string, skip: boolean, make: () => Promise<Backend>) {
  describe.skipIf(skip)(`${name} store contract`, () => {
    let backend: Backend
    let store: Store
    beforeAll(async () => {
      backend = await make()
      store = await backend.open()
    })
    afterAll(() => closeOpened({ store, backend }))

    it('stores a batch and exports every field as it was sent, with the receive time', async () => {
      const subject = newSubject()
      const receivedAt = Date.now()
      const events: TrackingEvent[] = [
        makeEvent({
          subject,
          type: 'flow_started',
          step: undefined,
          variant: 'short-first',
          at: '2026-11-25T10:00:00.000Z',
        }),
        makeEvent({
          subject,
          type: 'question_answered',
          step: undefined,
          answer: { question: 'has-cv', value: ['yes', 'maybe'] },
          at: '2026-11-25T10:01:00.000Z',
        }),
        makeEvent({
          subject,
          type: 'video_progress',
          flow: undefined,
          step: undefined,
          content: 'videos/cv-intro',
          value: 75,
          locale: 'en',
          at: '2026-11-25T10:02:00.000Z',
        }),
      ]
      await store.insert(events, receivedAt)
      const stored = await store.eventsOf(subject)
      const receivedAtIso = new Date(receivedAt).toISOString()
      expect(stored).toEqual(
        events.map((event) => ({
          ...Object.fromEntries(
            Object.entries<unknown>(event).filter(([, value]) => value !== undefined),
          ),
          receivedAt: receivedAtIso,
        })),
      )
    })

    it('keeps text exactly as given, whatever characters it holds', async () => {
      // The HTTP schemas allow only plain keys; the store must not depend on that.
      const subject = newSubject()
      const event = makeEvent({
        subject,
        type: 'question_answered',
        flow: 'NULL',
        step: 'a,"b"\\c{d} e\u00e6\u00f8\u00e5',
        content: 'line 1\nline 2\r\n\ttabbed \\N',
        variant: '',
        answer: { question: 'q"1\\', value: ['{x}', 'y,z\t'] },
      })
      await store.insert([event], Date.now())
      const [stored] = await store.eventsOf(subject)
      expect(stored).toMatchObject({
        flow: 'NULL',
        step: event.step,
        content: event.content,
        variant: '',
        answer: event.answer,
      })
    })

    it('stores an id sent twice once, across batches, within a batch and concurrently', async () => {
      const subject = newSubject()
      const before = await store.count()
      const batch = makeBatch(3, subject)
      await store.insert(batch, Date.now())
      await store.insert(batch, Date.now())
      await store.insert([batch[0]!, batch[0]!], Date.now())
      const again = makeEvent({ subject })
      await Promise.all([store.insert([again], Date.now()), store.insert([again], Date.now())])
      // A stored id beside new ones, in one batch and in batches written together: the new
      // events are stored, the stored one is skipped.
      const mixed = makeEvent({ subject })
      const alongside = makeBatch(2, subject)
      await Promise.all([
        store.insert([batch[1]!, mixed], Date.now()),
        store.insert(alongside, Date.now()),
      ])
      expect((await store.eventsOf(subject)).map((event) => event.id).sort()).toEqual(
        [...batch, again, mixed, ...alongside].map((event) => event.id).sort(),
      )
      expect(await store.count()).toBe(before + 7)
    })

    it('writes a batch all or nothing, without sinking batches committed alongside it', async () => {
      const [good1, bad, good2] = [newSubject(), newSubject(), newSubject()]
      const before = await store.count()
      // A null subject breaks NOT NULL in both stores, after the first event of the batch.
      const broken = [
        makeEvent({ subject: bad }),
        makeEvent({ subject: null as unknown as string }),
        makeEvent({ subject: bad }),
      ]
      const results = await Promise.allSettled([
        store.insert(makeBatch(2, good1), Date.now()),
        store.insert(broken, Date.now()),
        store.insert(makeBatch(2, good2), Date.now()),
      ])
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
      expect(await store.eventsOf(bad)).toEqual([])
      expect(await store.eventsOf(good1)).toHaveLength(2)
      expect(await store.eventsOf(good2)).toHaveLength(2)
      expect(await store.count()).toBe(before + 4)
    })

    it('answers every one of many concurrent batches after it is stored', async () => {
      const subject = newSubject()
      const batches = Array.from({ length: 200 }, () => makeBatch(10, subject))
      await Promise.all(batches.map((batch) => store.insert(batch, Date.now())))
      expect(await store.eventsOf(subject)).toHaveLength(2000)
    })

    it('erases every event of one subject and nothing else', async () => {
      const [gone, kept] = [newSubject(), newSubject()]
      await store.insert([...makeBatch(3, gone), ...makeBatch(2, kept)], Date.now())
      const before = await store.count()
      expect(await store.erase(gone)).toBe(3)
      expect(await store.eventsOf(gone)).toEqual([])
      expect(await store.eventsOf(kept)).toHaveLength(2)
      expect(await store.count()).toBe(before - 3)
      expect(await store.erase(newSubject())).toBe(0)
    })

    it('stores an erased event again when the device sends it again', async () => {
      const subject = newSubject()
      const batch = makeBatch(1, subject)
      await store.insert(batch, Date.now())
      await store.erase(subject)
      await store.insert(batch, Date.now())
      expect(await store.eventsOf(subject)).toHaveLength(1)
    })

    it('exports a subject’s events oldest first', async () => {
      const subject = newSubject()
      const late = makeEvent({ subject, at: '2026-11-25T12:00:00.000Z' })
      const early = makeEvent({ subject, at: '2026-11-25T08:00:00.000Z' })
      await store.insert([late, early], Date.now())
      expect((await store.eventsOf(subject)).map((event) => event.id)).toEqual([early.id, late.id])
    })

    it('aggregates a funnel per step and variant, showing counts under five as "<5"', async () => {
      const flow = newFlow()
      const now = Date.now()
      const start = Date.UTC(2026, 10, 20, 9)
      const events: TrackingEvent[] = []
      const at = (offsetMinutes: number) => new Date(start + offsetMinutes * minute).toISOString()
      const journey = (variant: string, viewedApply: boolean, doneAfter: number | null) => {
        const subject = newSubject()
        const e = (type: TrackingEvent['type'], step: string | undefined, offset: number) =>
          events.push(makeEvent({ subject, flow, type, step, variant, at: at(offset) }))
        e('flow_started', undefined, 0)
        e('step_viewed', 'intro', 1)
        if (viewedApply) {
          e('step_completed', 'intro', 2)
          e('step_viewed', 'apply', 3)
        }
        if (doneAfter !== null) {
          e('step_completed', 'apply', doneAfter)
          e('flow_completed', undefined, doneAfter)
        }
      }
      for (const minutes of [10, 20, 30, 40, 50]) journey('a', true, minutes)
      journey('a', true, null) // dropped off at apply
      journey('b', true, 5)
      journey('b', false, null) // dropped off at intro
      journey('b', false, null)
      await store.insert(events, now)
      // Outside the period: must not count.
      await store.insert(
        [makeEvent({ subject: newSubject(), flow, type: 'flow_started', step: undefined })],
        now - 2 * day,
      )

      const period = { from: now - day, to: now + day }
      expect(await flowReport(store, flow, period)).toEqual({
        flow,
        started: 9,
        completed: 6,
        completionRate: 0.667,
        medianMinutes: 25,
        steps: [
          { step: 'intro', viewed: 9, completed: 7, droppedOff: '<5' },
          { step: 'apply', viewed: 7, completed: 6, droppedOff: '<5' },
        ],
        variants: [
          { variant: 'a', started: 6, completed: 5, completionRate: 0.833, medianMinutes: 30 },
          {
            variant: 'b',
            started: '<5',
            completed: '<5',
            completionRate: null,
            medianMinutes: null,
          },
        ],
      })
      const totals = await flowsReport(store, period)
      expect(totals.find((row) => row.flow === flow)).toEqual({
        flow,
        started: 9,
        completed: 6,
        completionRate: 0.667,
      })
      const wholeTime = await flowReport(store, flow, { from: 0, to: now + day })
      expect(wholeTime.started).toBe(10)
    })

    it('shows a flow with fewer than five subjects only as "<5", with no rate or median', async () => {
      const flow = newFlow()
      const subject = newSubject()
      await store.insert(
        [
          makeEvent({
            subject,
            flow,
            type: 'flow_started',
            step: undefined,
            at: '2026-11-25T10:00:00Z',
          }),
          makeEvent({
            subject,
            flow,
            type: 'flow_completed',
            step: undefined,
            at: '2026-11-25T10:07:00Z',
          }),
        ],
        Date.now(),
      )
      const report = await flowReport(store, flow, { from: 0, to: Date.now() + day })
      expect(report).toMatchObject({
        started: '<5',
        completed: '<5',
        completionRate: null,
        medianMinutes: null,
      })
      expect(report.variants).toEqual([
        {
          variant: null,
          started: '<5',
          completed: '<5',
          completionRate: null,
          medianMinutes: null,
        },
      ])
      expect(await flowReport(store, newFlow(), { from: 0, to: Date.now() })).toMatchObject({
        started: '<5',
        steps: [],
        variants: [],
      })
    })

    it('deletes events received before the retention period and keeps the rest', async () => {
      const now = Date.now()
      const subject = newSubject()
      const at = (daysAgo: number) => ({ id: randomUUID(), daysAgo })
      const ages = [at(400), at(181), at(179), at(1)]
      for (const { id, daysAgo } of ages)
        await store.insert([makeEvent({ id, subject })], now - daysAgo * day)
      const before = await store.count()
      expect(await applyRetention(store, 180, now)).toBeGreaterThanOrEqual(2)
      expect((await store.eventsOf(subject)).map((event) => event.id).sort()).toEqual(
        [ages[2]!.id, ages[3]!.id].sort(),
      )
      expect(await store.count()).toBe(before - 2)
      // An id deleted by retention may be stored again.
      await store.insert([makeEvent({ id: ages[0]!.id, subject })], now - 400 * day)
      expect(await store.eventsOf(subject)).toHaveLength(3)
    })
  })
}
