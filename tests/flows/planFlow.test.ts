import { describe, expect, test } from 'vitest'
import { planFlow, variantBucket, type FlowPlan, type FlowState } from '../../flows/index.ts'
import { validFlow } from './fixtures.ts'
import { applyPatch } from './patch.ts'

const plainFlow = applyPatch(validFlow, [{ set: 'variants', to: [] }])
const keys = (plan: FlowPlan) => plan.steps.map((step) => step.key)
const statuses = (plan: FlowPlan) =>
  Object.fromEntries(plan.steps.map((step) => [step.key, step.status]))
const plan = (state: FlowState, options?: Parameters<typeof planFlow>[2]) =>
  planFlow(plainFlow, state, options)

describe('planFlow: answers', () => {
  test('shows only the steps without conditions when nothing is answered', () => {
    expect(keys(plan({}))).toEqual(['velkommen', 'pligter', 'spoergsmaal', 'kontakt'])
  })

  test('branches on a yes/no answer', () => {
    expect(keys(plan({ answers: { 'har-cv': 'no' } }))).toContain('skriv-cv')
    expect(keys(plan({ answers: { 'har-cv': 'yes' } }))).not.toContain('skriv-cv')
  })

  test('branches on single and multi-choice answers, keeping the flow order', () => {
    const answers = { 'har-cv': 'yes', jobmaal: 'uklart', behov: ['netvaerk', 'cv'] }
    expect(keys(plan({ answers }))).toEqual([
      'velkommen',
      'pligter',
      'forbedr-cv',
      'afklar-jobmaal',
      'netvaerk',
      'spoergsmaal',
      'kontakt',
    ])
  })

  test('ignores answers to questions the flow does not have', () => {
    expect(plan({ answers: { alder: '45', 'har-cv': 'no' } })).toEqual(
      plan({ answers: { 'har-cv': 'no' } }),
    )
  })

  test('treats an answer that is no longer an option as unanswered', () => {
    expect(keys(plan({ answers: { jobmaal: 'maaske' } }))).toEqual(keys(plan({})))
    expect(keys(plan({ answers: { behov: ['gammel-mulighed'] } }))).toEqual(keys(plan({})))
  })

  test('keeps the still valid values of a multi-choice answer', () => {
    expect(keys(plan({ answers: { behov: ['gammel-mulighed', 'netvaerk'] } }))).toContain(
      'netvaerk',
    )
  })

  test('ignores an answer of the wrong shape', () => {
    expect(keys(plan({ answers: { jobmaal: ['uklart'] } }))).not.toContain('afklar-jobmaal')
  })
})

describe('planFlow: progress', () => {
  test('marks completed steps done, the first open step current and the rest todo', () => {
    const result = plan({ completed: ['velkommen'] })
    expect(statuses(result)).toEqual({
      velkommen: 'done',
      pligter: 'current',
      spoergsmaal: 'todo',
      kontakt: 'todo',
    })
    expect(result.next?.key).toBe('pligter')
  })

  test('makes a later step current when an earlier one is still open', () => {
    expect(plan({ completed: ['pligter'] }).next?.key).toBe('velkommen')
  })

  test('counts done and total steps and the minutes left', () => {
    const result = plan({ completed: ['velkommen', 'spoergsmaal'] })
    expect(result.progress).toEqual({ done: 2, total: 4, minutesLeft: 40 })
  })

  test('has no next step when every visible step is done', () => {
    const result = plan({ completed: ['velkommen', 'pligter', 'efter-pligter', 'kontakt'] })
    expect(result.next).toBeNull()
    expect(result.progress).toEqual({ done: 4, total: 4, minutesLeft: 0 })
  })

  test('ignores completed keys of steps the flow does not have', () => {
    expect(plan({ completed: ['gammelt-trin'] }).progress.done).toBe(0)
  })

  test('shows and hides steps as others are completed', () => {
    const done = plan({ completed: ['pligter', 'efter-pligter'] })
    expect(keys(done)).toContain('efter-pligter')
    expect(keys(done)).not.toContain('spoergsmaal')
  })
})

describe('planFlow: checklists', () => {
  const checklists = { 'dine-pligter': ['tilmeld', 'cv-online'] }

  test('shows a step waiting for a checklist once every required item is ticked', () => {
    const ticked = plan(
      { checked: { pligter: ['tilmeld', 'cv-online', 'ekstra'] } },
      { checklists },
    )
    expect(keys(ticked)).toContain('efter-pligter')
  })

  test('keeps it hidden while a required item is not ticked', () => {
    const partly = plan({ checked: { pligter: ['tilmeld'] } }, { checklists })
    expect(keys(partly)).not.toContain('efter-pligter')
  })

  test('counts the checklist done when its step is completed and no definition is given', () => {
    expect(keys(plan({ completed: ['pligter'] }))).toContain('efter-pligter')
    expect(keys(plan({ checked: { pligter: ['tilmeld', 'cv-online'] } }))).not.toContain(
      'efter-pligter',
    )
  })
})

describe('planFlow: variants', () => {
  // variantBucket('a', 'ny-paa-dagpenge') is 4886 (first half), for 'b' it is 5560 (second half).
  test('assigns the variant from the subject and flow slug, the same in every run', () => {
    expect(variantBucket('a', 'ny-paa-dagpenge')).toBe(4886)
    expect(variantBucket('b', 'ny-paa-dagpenge')).toBe(5560)
    expect(variantBucket('device-1', 'ny-paa-dagpenge')).toBe(4829)
    expect(planFlow(validFlow, { subject: 'a' }).variant).toBe('pligter-foerst')
    expect(planFlow(validFlow, { subject: 'b' }).variant).toBe('standard')
  })

  test('moves the variant steps to the front', () => {
    expect(keys(planFlow(validFlow, { subject: 'a' }))[0]).toBe('pligter')
  })

  test('hides the steps the variant hides', () => {
    expect(keys(planFlow(validFlow, { subject: 'b' }))).not.toContain('spoergsmaal')
  })

  test('never hides the contact step, whatever a variant says', () => {
    const hiding = applyPatch(validFlow, [{ push: 'variants[1].hide', value: 'kontakt' }])
    expect(keys(planFlow(hiding, { subject: 'b' }))).toContain('kontakt')
  })

  test('does not move a step whose condition does not hold', () => {
    const moving = applyPatch(validFlow, [
      { set: 'variants[0].moveFirst', to: ['skriv-cv', 'pligter'] },
    ])
    expect(keys(planFlow(moving, { subject: 'a', answers: { 'har-cv': 'yes' } }))[0]).toBe(
      'pligter',
    )
  })

  test('has no variant when the flow has none', () => {
    expect(plan({ subject: 'a' }).variant).toBeNull()
  })
})

describe('planFlow: fallback', () => {
  test('suggests the fallback flow with its message when its condition holds', () => {
    expect(plan({ completed: ['velkommen'] }).fallback).toEqual({
      flow: 'kort-ledig',
      message: validFlow.fallback!.message,
    })
  })

  test('suggests nothing while the condition does not hold', () => {
    expect(plan({}).fallback).toBeNull()
    expect(plan({ completed: ['velkommen', 'pligter'] }).fallback).toBeNull()
  })
})

describe('planFlow: robustness', () => {
  test.each<[string, unknown]>([
    ['no state', undefined],
    ['null', null],
    ['a number', 42],
    [
      'fields of the wrong type',
      { answers: 'ja', completed: 'velkommen', checked: [1], subject: 7 },
    ],
    [
      'inherited keys as answers',
      { answers: Object.create({ 'har-cv': 'no' }) as unknown, checked: { toString: ['x'] } },
    ],
  ])('plans without throwing given %s', (_name, state) => {
    expect(() => planFlow(validFlow, state as FlowState)).not.toThrow()
    expect(keys(planFlow(plainFlow, state as FlowState))).toEqual(keys(plan({})))
  })
})

describe('planFlow: documents straight from the CMS', () => {
  test('suggests nothing for an empty fallback group', () => {
    const empty = applyPatch(plainFlow, [
      { set: 'fallback', to: { when: null, flow: null, message: null } },
    ])
    expect(planFlow(empty, { completed: ['velkommen'] }).fallback).toBeNull()
  })
})
