import { describe, expect, test } from 'vitest'
import type { Flow } from '../../content-models/index.ts'
import { messages, validateFlow } from '../../flows/index.ts'
import { catalog, faultCases, validFlow } from './fixtures.ts'
import { generateFlow } from './generateFlow.ts'
import { applyPatch } from './patch.ts'

const codes = (flow: Flow, against = catalog) =>
  validateFlow(flow, against).map((problem) => problem.code)

describe('validateFlow', () => {
  test('accepts the sample flow without problems', () => {
    expect(validateFlow(validFlow, catalog)).toEqual([])
  })

  test.each(faultCases)('$behaviour', ({ patch, catalogPatch, problems }) => {
    expect(validateFlow(applyPatch(validFlow, patch), applyPatch(catalog, catalogPatch))).toEqual(
      problems,
    )
  })

  test('has a fault case for every problem code', () => {
    const covered = new Set(
      faultCases.flatMap((fault) => fault.problems.map((problem) => problem.code)),
    )
    expect([...covered].sort()).toEqual(Object.keys(messages).sort())
  })

  test('writes every message in Danish and English', () => {
    for (const fault of faultCases) {
      for (const { message } of fault.problems) {
        expect(message.da).not.toEqual(message.en)
        expect(message.da.length).toBeGreaterThan(20)
        expect(message.en.length).toBeGreaterThan(20)
      }
    }
  })

  test('reports every problem of a flow with several faults', () => {
    const flow = applyPatch(validFlow, [
      { set: 'steps[5].key', to: 'forbedr-cv' },
      { set: 'steps[2].content.slug', to: 'skriv-et-cv' },
      { set: 'fallback.flow', to: 'ny-paa-dagpenge' },
    ])
    expect(codes(flow)).toEqual(['duplicate-step-key', 'content-not-found', 'fallback-cycle'])
  })

  test('treats a collection missing from the catalog as nothing published', () => {
    const withoutVideos = applyPatch(catalog, [{ delete: 'videos' }])
    expect(validateFlow(validFlow, withoutVideos)).toMatchObject([
      { code: 'content-not-found', path: 'steps[5].content' },
    ])
  })

  test('accepts slugs given as sets', () => {
    const { flows, ...collections } = catalog
    const asSets = {
      flows,
      ...Object.fromEntries(
        Object.entries(collections).map(([collection, slugs]) => [collection, new Set(slugs)]),
      ),
    }
    expect(validateFlow(validFlow, asSets)).toEqual([])
  })

  test('accepts variant shares that add up to 100 only after rounding', () => {
    const flow = applyPatch(validFlow, [
      { set: 'variants[0].share', to: 33.3 },
      { set: 'variants[1].share', to: 33.3 },
      { push: 'variants', value: { key: 'tredje', share: 33.4, moveFirst: [], hide: [] } },
    ])
    expect(validateFlow(flow, catalog)).toEqual([])
  })

  test('leaves a fallback loop among other flows to those flows', () => {
    const looping = applyPatch(catalog, [
      { set: 'flows[0].fallback', to: { flow: 'klart-jobmaal' } },
    ])
    const flow = applyPatch(validFlow, [{ set: 'fallback.flow', to: 'klart-jobmaal' }])
    expect(validateFlow(flow, looping)).toEqual([])
  })

  test('reports a name the flow lacks as unknown, not also as impossible', () => {
    const flow = applyPatch(validFlow, [
      {
        set: 'steps[2].showWhen',
        to: {
          all: [
            { answer: 'har-cv', is: 'nej' },
            { answer: 'har-cv', is: 'no' },
          ],
        },
      },
    ])
    expect(codes(flow)).toEqual(['unknown-option'])
  })

  test.each<[string, unknown]>([
    [
      'two answers to a multi-choice question',
      {
        all: [
          { answer: 'behov', is: 'cv' },
          { answer: 'behov', is: 'netvaerk' },
        ],
      },
    ],
    [
      'overlapping lists for one single-choice question',
      {
        all: [
          { answer: 'jobmaal', in: ['klart', 'uklart'] },
          { answer: 'jobmaal', in: ['uklart', 'ved-ikke'] },
        ],
      },
    ],
    ['not of one answer among several', { not: { answer: 'jobmaal', is: 'klart' } }],
    [
      'a step completed and another not',
      { all: [{ completed: 'velkommen' }, { not: { completed: 'pligter' } }] },
    ],
  ])('accepts a condition that can hold: %s', (_name, showWhen) => {
    expect(codes(applyPatch(validFlow, [{ set: 'steps[5].showWhen', to: showWhen }]))).toEqual([])
  })

  test('accepts a contact step whose condition always holds', () => {
    const always = {
      any: [
        { answer: 'har-cv', is: 'yes' },
        { answer: 'har-cv', is: 'no' },
      ],
    }
    expect(codes(applyPatch(validFlow, [{ set: 'steps[8].showWhen', to: always }]))).toEqual([])
  })

  test('accepts a conditional contact step when another contact step always shows', () => {
    const flow = applyPatch(validFlow, [
      {
        push: 'steps',
        value: {
          key: 'ring-op',
          title: { da: 'Ring til os' },
          kind: 'contact',
          showWhen: { answer: 'har-cv', is: 'no' },
          required: false,
          minutes: 10,
        },
      },
    ])
    expect(codes(flow)).toEqual([])
  })

  test('validates generated flows of many shapes without false alarms', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { flow, catalog: generated } = generateFlow({ steps: 60, questions: 8, seed })
      expect(validateFlow(flow, generated)).toEqual([])
    }
  })
})

describe('validateFlow on documents straight from the CMS', () => {
  test('reads missing lists as empty', () => {
    const bare = applyPatch(validFlow, [
      { set: 'steps', to: [validFlow.steps[0], validFlow.steps[8]] },
      { set: 'fallback', to: null },
      { delete: 'questions' },
      { delete: 'variants' },
    ])
    expect(validateFlow(bare, catalog)).toEqual([])
  })

  test('ignores an empty fallback group', () => {
    const flow = applyPatch(validFlow, [
      { set: 'fallback', to: { when: null, flow: null, message: null } },
    ])
    expect(validateFlow(flow, catalog)).toEqual([])
  })
})
