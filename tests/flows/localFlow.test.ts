import { describe, expect, test } from 'vitest'
import type { AddedStep, Step } from '../../content-models/index.ts'
import { applyLocalFlow } from '../../flows/localFlow.ts'
import { planFlow, validateFlow } from '../../flows/index.ts'
import { catalog, validFlow } from './fixtures.ts'

const added = (key: string, after: string, title = `Lokalt ${key}`): AddedStep => ({
  key,
  after,
  title: { da: title, en: `Local ${key}` },
  kind: 'content',
  content: { collection: 'lessons', slug: 'velkommen-til-jobcenteret' },
  required: true,
  minutes: 30,
})
const keys = (steps: readonly Step[]) => steps.map((step) => step.key)
const national = keys(validFlow.steps)

describe('applyLocalFlow', () => {
  test('without local changes the flow is the national one', () => {
    expect(applyLocalFlow(validFlow, null)).toEqual({ flow: validFlow, problems: [] })
    expect(applyLocalFlow(validFlow, { addedSteps: [], hiddenSteps: [] }).flow).toEqual(validFlow)
  })

  test('places a local step right after its anchor, without its anchor field', () => {
    const { flow, problems } = applyLocalFlow(validFlow, {
      addedSteps: [added('infomoede', 'pligter')],
    })
    expect(problems).toEqual([])
    expect(keys(flow.steps)).toEqual([
      'velkommen',
      'pligter',
      'infomoede',
      ...national.slice(national.indexOf('pligter') + 1),
    ])
    expect(flow.steps[2]).not.toHaveProperty('after')
    expect(flow.steps[2]?.title.da).toBe('Lokalt infomoede')
  })

  test('several local steps after one anchor keep their order, others go after theirs', () => {
    const addedSteps = [added('b', 'velkommen'), added('z', 'kontakt'), added('a', 'velkommen')]
    const { flow } = applyLocalFlow(validFlow, { addedSteps })
    expect(keys(flow.steps)).toEqual(['velkommen', 'b', 'a', ...national.slice(1), 'z'])
  })

  test('removes hidden national steps and their mentions in variants', () => {
    const { flow, problems } = applyLocalFlow(validFlow, { hiddenSteps: ['pligter', 'netvaerk'] })
    expect(problems).toEqual([])
    expect(keys(flow.steps)).toEqual(
      national.filter((key) => key !== 'pligter' && key !== 'netvaerk'),
    )
    expect(flow.variants[0]?.moveFirst).toEqual([])
    expect(flow.variants[1]?.hide).toEqual(['spoergsmaal'])
  })

  test('a local step after a hidden national step keeps that place', () => {
    const { flow } = applyLocalFlow(validFlow, {
      addedSteps: [added('lokal', 'skriv-cv')],
      hiddenSteps: ['skriv-cv'],
    })
    expect(keys(flow.steps).slice(0, 4)).toEqual(['velkommen', 'pligter', 'lokal', 'forbedr-cv'])
  })

  test('a local step whose anchor is gone goes last and is named as a problem', () => {
    const { flow, problems } = applyLocalFlow(validFlow, {
      addedSteps: [added('infomoede', 'fjernet-trin', 'Infomøde i Jobcenter Thisted')],
    })
    expect(keys(flow.steps)).toEqual([...national, 'infomoede'])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({
      code: 'anchor-missing',
      path: 'addedSteps[0].after',
      key: 'fjernet-trin',
    })
    expect(problems[0]?.message.da).toContain('"Infomøde i Jobcenter Thisted"')
    expect(problems[0]?.message.da).toContain('"fjernet-trin"')
    expect(problems[0]?.message.en).toContain('no longer has a step')
  })

  test('a hidden key the flow lacks is a problem and changes nothing', () => {
    const { flow, problems } = applyLocalFlow(validFlow, {
      hiddenSteps: ['pligter', 'findes-ikke'],
    })
    expect(keys(flow.steps)).toEqual(national.filter((key) => key !== 'pligter'))
    expect(problems.map(({ code, path, key }) => ({ code, path, key }))).toEqual([
      { code: 'hidden-step-missing', path: 'hiddenSteps[1]', key: 'findes-ikke' },
    ])
  })

  test('a local key that clashes with a national or earlier local step is left out', () => {
    const addedSteps = [
      added('kontakt', 'velkommen'),
      added('lokal', 'velkommen'),
      added('lokal', 'pligter'),
    ]
    const { flow, problems } = applyLocalFlow(validFlow, { addedSteps })
    expect(keys(flow.steps)).toEqual(['velkommen', 'lokal', ...national.slice(1)])
    expect(problems.map(({ code, path }) => `${code} ${path}`)).toEqual([
      'key-clash addedSteps[0].key',
      'key-clash addedSteps[2].key',
    ])
    expect(problems[0]?.message.da).toContain('"kontakt"')
  })

  test('leaves the national flow as it was', () => {
    const before = structuredClone(validFlow)
    applyLocalFlow(validFlow, {
      addedSteps: [added('lokal', 'pligter')],
      hiddenSteps: ['netvaerk'],
    })
    expect(validFlow).toEqual(before)
  })

  test('the result is a flow the engine validates and plans with the local step', () => {
    const { flow } = applyLocalFlow(validFlow, {
      addedSteps: [added('infomoede', 'velkommen')],
      hiddenSteps: ['netvaerk'],
    })
    expect(validateFlow(flow, catalog)).toEqual([])
    const plan = planFlow({ ...flow, variants: [] }, {})
    expect(plan.steps.map((step) => step.key)).toEqual([
      'velkommen',
      'infomoede',
      'pligter',
      'spoergsmaal',
      'kontakt',
    ])
  })
})
