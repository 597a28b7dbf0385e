import { describe, expect, it } from 'vitest'
import {
  adaptationsAt,
  adaptationsOf,
  affectedAdaptations,
} from '../../cms/admin/flows/localAdaptations.ts'

// Local flows as the REST API returns them with depth 1: the municipality populated.
const adaptations = adaptationsOf([
  {
    municipality: { id: 3, name: 'Thisted Kommune' },
    addedSteps: [
      { key: 'infomoede-thisted', after: 'a-kasse', title: 'Infomøde i Jobcenter Thisted' },
    ],
    hiddenSteps: ['cv'],
  },
  {
    municipality: { id: 2, name: 'Aarhus Kommune' },
    addedSteps: [{ key: 'velkomst', after: 'meld-dig-ledig', title: 'Velkomstmøde' }],
    hiddenSteps: [],
  },
  { municipality: 9, addedSteps: null, hiddenSteps: null },
])

const saved = [
  { key: 'meld-dig-ledig', title: 'Meld dig ledig' },
  { key: 'a-kasse', title: 'Din a-kasse' },
  { key: 'cv', title: 'Dit CV' },
]

describe('the local adaptations of a national flow', () => {
  // Danish order: "Aa" is "Å", after "T".
  it('reads local flows, municipalities in Danish alphabetical order, an unpopulated one by its id', () => {
    expect(adaptations.map((a) => a.municipality)).toEqual([
      '9',
      'Thisted Kommune',
      'Aarhus Kommune',
    ])
    expect(adaptations[0]).toEqual({ municipality: '9', addedSteps: [], hiddenSteps: [] })
  })

  it('lists what each municipality does at a national step', () => {
    expect(adaptationsAt('a-kasse', adaptations)).toEqual([
      { kind: 'after', municipality: 'Thisted Kommune', localStep: 'Infomøde i Jobcenter Thisted' },
    ])
    expect(adaptationsAt('cv', adaptations)).toEqual([
      { kind: 'hidden', municipality: 'Thisted Kommune' },
    ])
    expect(adaptationsAt('ingen', adaptations)).toEqual([])
  })

  it('warns about nothing while every referenced step is still there', () => {
    expect(affectedAdaptations(saved, ['meld-dig-ledig', 'a-kasse', 'cv'], adaptations)).toEqual([])
  })

  it('names the municipality and the local step when an anchor step is removed', () => {
    expect(affectedAdaptations(saved, ['meld-dig-ledig', 'cv'], adaptations)).toEqual([
      {
        kind: 'after',
        municipality: 'Thisted Kommune',
        localStep: 'Infomøde i Jobcenter Thisted',
        step: { key: 'a-kasse', title: 'Din a-kasse' },
      },
    ])
  })

  it('warns about a hidden step whose key changed, and orders warnings as the saved steps', () => {
    const warnings = affectedAdaptations(saved, ['a-kasse', 'dit-cv'], adaptations)
    expect(warnings.map((w) => [w.step.key, w.kind, w.municipality])).toEqual([
      ['meld-dig-ledig', 'after', 'Aarhus Kommune'],
      ['cv', 'hidden', 'Thisted Kommune'],
    ])
    expect(warnings[1]?.step.title).toBe('Dit CV')
  })

  it("names a step it has no saved title for by its key, in the municipalities' order", () => {
    expect(affectedAdaptations([], [], adaptations).map((w) => w.step.title)).toEqual([
      'a-kasse',
      'cv',
      'meld-dig-ledig',
    ])
  })
})
