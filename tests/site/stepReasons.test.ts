import path from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Flow } from '../../content-models/index.ts'
import { planFlow } from '../../flows/index.ts'
import { readSampleContent } from '../../sample-content/index.ts'
import { stepReasons } from '../../site/islands/stepReasons.ts'

const content = readSampleContent(path.resolve(import.meta.dirname, '..', '..', 'content'))
const sample = content.flows.find((one) => one.slug === 'ny-paa-dagpenge')!

/** The sample flow with one variant that moves the CV first and leaves the joblog out. */
const flow: Flow = {
  ...sample,
  variants: [{ key: 'cv-foerst', share: 100, moveFirst: ['cv'], hide: ['joblog'] }],
}
const answers = { 'meldt-ledig': 'yes', samtaler: 'ingen', 'cv-klar': 'no' }

describe('stepReasons', () => {
  const state = { answers, subject: 'device-1' }
  const plan = planFlow(flow, state)
  const entries = stepReasons(flow, plan, state, 'da')
  const byKey = new Map(entries.map((entry) => [entry.step.key, entry]))

  test('every step of the flow, in the flow’s order, marked chosen exactly when it is planned', () => {
    expect(entries.map((entry) => entry.step.key)).toEqual(flow.steps.map((step) => step.key))
    const planned = new Set(plan.steps.map((step) => step.key))
    for (const entry of entries) expect(entry.chosen).toBe(planned.has(entry.step.key))
  })

  test('a step the answers chose names the answer; one for everyone says so', () => {
    expect(byKey.get('a-kasse')?.reason.sentence.text).toBe(
      'Du ser dette trin, fordi du svarede Ingen endnu til Hvem har du allerede haft en samtale med?',
    )
    expect(byKey.get('rettigheder')?.reason.sentence.text).toBe('Alle får dette trin.')
    expect(byKey.get('meld-dig-ledig')).toMatchObject({ chosen: false, variant: null })
  })

  test('the variant: moved first in the plan, or left out though its rule holds', () => {
    expect(byKey.get('cv')).toMatchObject({ chosen: true, variant: 'moved' })
    expect(byKey.get('joblog')).toMatchObject({ chosen: false, variant: 'hidden' })
    expect(byKey.get('a-kasse')?.variant).toBeNull()
  })

  test('without a variant nothing is marked as the variant’s doing', () => {
    const plain = { ...flow, variants: [] }
    const reasons = stepReasons(plain, planFlow(plain, state), state, 'en')
    expect(reasons.every((entry) => entry.variant === null)).toBe(true)
  })
})
