import { expect, test } from 'vitest'
import path from 'node:path'
import { readSampleContent } from '../../sample-content/index.ts'
import { describeCondition, nextQuestion, planFlow, validateFlow } from '../../flows/index.ts'
import { catalog, validFlow as flow } from './fixtures.ts'

// The @example blocks in flows/ promise these results; this keeps them true.
test('the planFlow example plans what its comments say', () => {
  const plan = planFlow(flow, {
    answers: { 'har-cv': 'no' },
    completed: ['velkommen'],
    subject: 'device-1',
  })
  expect(plan.variant).toBe('pligter-foerst')
  expect(plan.steps.map((step) => step.key)).toEqual([
    'pligter',
    'velkommen',
    'skriv-cv',
    'spoergsmaal',
    'kontakt',
  ])
  expect(plan.next?.key).toBe('pligter')
  expect(plan.progress).toEqual({ done: 1, total: 5, minutesLeft: 65 })
  expect(plan.fallback?.flow).toBe('kort-ledig')
})

test('the validateFlow example reports what its comments say', () => {
  expect(validateFlow(flow, catalog)).toEqual([])
  expect(validateFlow(flow, { ...catalog, lessons: [] })[0]).toMatchObject({
    path: 'steps[0].content',
    code: 'content-not-found',
    message: { da: expect.stringContaining('Trinnet "velkommen" peger på') as unknown },
  })
})

test('the nextQuestion example asks what its comments say', () => {
  expect(nextQuestion(flow, {})?.key).toBe('har-cv')
  expect(nextQuestion(flow, { 'har-cv': 'no' })?.key).toBe('jobmaal')
  expect(nextQuestion(flow, { 'har-cv': 'yes', jobmaal: 'klart', behov: [] })).toBeNull()
})

test('the describeCondition example reads what its comments say', () => {
  const content = readSampleContent(path.resolve(import.meta.dirname, '..', '..', 'content'))
  const dagpenge = content.flows.find((found) => found.slug === 'ny-paa-dagpenge')!
  expect(describeCondition({ answer: 'cv-klar', is: 'no' }, dagpenge, 'da').text).toBe(
    'når Har du et CV på Jobnet, som er klar? er Nej',
  )
  expect(describeCondition(null, dagpenge, 'en').text).toBe('Always shown')
})
