import { describe, expect, test } from 'vitest'
import { nextQuestion, openQuestions } from '../../flows/index.ts'
import { validFlow } from './fixtures.ts'
import { applyPatch } from './patch.ts'

const openKeys = (flow: typeof validFlow, answers: Record<string, unknown>) =>
  openQuestions(flow, answers).map((question) => question.key)

// Here the network step needs a CV as well, so "no CV" makes the needs question pointless.
const networkNeedsCv = applyPatch(validFlow, [
  {
    set: 'steps[5].showWhen',
    to: {
      all: [
        { answer: 'har-cv', is: 'yes' },
        { answer: 'behov', in: ['netvaerk'] },
      ],
    },
  },
])

describe('nextQuestion', () => {
  test('asks the first question when nothing is answered', () => {
    expect(nextQuestion(validFlow, {})?.key).toBe('har-cv')
    expect(openKeys(validFlow, {})).toEqual(['har-cv', 'jobmaal', 'behov'])
  })

  test('moves on to the next unanswered question', () => {
    expect(nextQuestion(validFlow, { 'har-cv': 'no' })?.key).toBe('jobmaal')
  })

  test('skips a question whose answer the answers so far make pointless', () => {
    expect(openKeys(networkNeedsCv, { 'har-cv': 'no' })).toEqual(['jobmaal'])
    expect(nextQuestion(networkNeedsCv, { 'har-cv': 'no', jobmaal: 'klart' })).toBeNull()
  })

  test('still asks it when the answers so far leave it open', () => {
    expect(openKeys(networkNeedsCv, { 'har-cv': 'yes' })).toEqual(['jobmaal', 'behov'])
  })

  test('never asks a question no condition uses', () => {
    const unused = applyPatch(validFlow, [
      {
        push: 'questions',
        value: { key: 'alder', type: 'yesno', prompt: { da: 'Er du over 30?' }, options: [] },
      },
    ])
    expect(openKeys(unused, {})).not.toContain('alder')
  })

  test('asks a question only the fallback uses', () => {
    const fallbackOnly = applyPatch(validFlow, [
      {
        push: 'questions',
        value: { key: 'alder', type: 'yesno', prompt: { da: 'Er du over 30?' }, options: [] },
      },
      { set: 'fallback.when', to: { answer: 'alder', is: 'yes' } },
    ])
    expect(openKeys(fallbackOnly, {})).toContain('alder')
  })

  test('keeps a question open while its condition also waits for a step', () => {
    const waiting = applyPatch(networkNeedsCv, [
      { set: 'steps[5].showWhen.all[0]', to: { completed: 'velkommen' } },
    ])
    expect(openKeys(waiting, { 'har-cv': 'no' })).toContain('behov')
  })

  test('asks again a question whose answer is no longer an option', () => {
    expect(nextQuestion(validFlow, { 'har-cv': 'maaske' })?.key).toBe('har-cv')
  })

  test('counts an empty multi-choice answer as answered', () => {
    expect(openKeys(validFlow, { 'har-cv': 'yes', jobmaal: 'klart', behov: [] })).toEqual([])
  })

  test('has nothing to ask when every question is answered', () => {
    expect(nextQuestion(validFlow, { 'har-cv': 'yes', jobmaal: 'klart', behov: ['cv'] })).toBeNull()
  })
})
