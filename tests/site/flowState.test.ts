import { describe, expect, it } from 'vitest'
import type { Flow } from '../../content-models/index.ts'
import { readSampleContent } from '../../sample-content/index.ts'
import { emptyState, type DeviceState } from '../../site/state/deviceState.ts'
import { markRef, stepDone, toFlowState, type FlowCatalog } from '../../site/state/flowState.ts'
import {
  answersOnPath,
  firstScreen,
  questionBefore,
  questionNumber,
  planFlow,
  questionPath,
  screenAfter,
} from '../../flows/index.ts'
import { setAnswers, setChecked, setCompleted } from '../../site/state/updates.ts'

const sample = readSampleContent(new URL('../../content', import.meta.url).pathname)
const flowOf = (slug: string) => sample.flows.find((flow) => flow.slug === slug) as Flow
const catalog: FlowCatalog = {
  courses: Object.fromEntries(sample.courses.map((course) => [course.slug, course.lessons])),
  checklists: Object.fromEntries(
    sample.checklists.map((list) => [
      list.slug,
      list.items.filter((i) => i.required).map((i) => i.key),
    ]),
  ),
}
const subject = 'subject-for-tests-0001'
const planOf = (flow: Flow, device: DeviceState) => {
  const { state, options } = toFlowState(flow, device, catalog)
  return planFlow(flow, state, options)
}

describe('screening one question per screen', () => {
  const flow = flowOf('ny-paa-dagpenge')

  it('starts at the first question and ends at the plan', () => {
    expect(firstScreen(flow, {})).toEqual({ kind: 'question', key: 'meldt-ledig' })
    const answers = { 'meldt-ledig': 'no', samtaler: 'ingen', 'cv-klar': 'no' }
    expect(firstScreen(flow, answers)).toEqual({ kind: 'plan' })
    expect(screenAfter(flow, answers, 'cv-klar')).toEqual({ kind: 'plan' })
  })

  it('goes forward and back along the path', () => {
    const answers = { 'meldt-ledig': 'yes' }
    expect(screenAfter(flow, answers, 'meldt-ledig')).toEqual({ kind: 'question', key: 'samtaler' })
    expect(questionBefore(flow, answers, 'samtaler')).toBe('meldt-ledig')
    expect(questionBefore(flow, answers, 'meldt-ledig')).toBeNull()
    expect(questionNumber(flow, answers, 'samtaler')).toEqual({ n: 2, total: 3 })
  })

  it('keeps only answers to questions still on the path', () => {
    const answers = { 'meldt-ledig': 'yes', samtaler: 'begge', 'cv-klar': 'yes', unknown: 'x' }
    expect(answersOnPath(flow, answers)).toEqual({
      'meldt-ledig': 'yes',
      samtaler: 'begge',
      'cv-klar': 'yes',
    })
    expect(questionPath(flow, answers).map((q) => q.key)).toEqual([
      'meldt-ledig',
      'samtaler',
      'cv-klar',
    ])
  })
})

describe('the plan from the device state', () => {
  it('changes with the answers', () => {
    const flow = flowOf('ny-paa-dagpenge')
    const newcomer = setAnswers(emptyState(subject), flow.slug, {
      'meldt-ledig': 'no',
      samtaler: 'ingen',
      'cv-klar': 'no',
    })
    const settled = setAnswers(emptyState(subject), flow.slug, {
      'meldt-ledig': 'yes',
      samtaler: 'begge',
      'cv-klar': 'yes',
    })
    const keys = (device: DeviceState) =>
      planOf(flow, device)
        .steps.map((s) => s.key)
        .sort()
    expect(keys(newcomer)).toEqual([
      'a-kasse',
      'cv',
      'dine-data',
      'foerste-samtaler',
      'foerste-uge',
      'joblog',
      'kontakt',
      'meld-dig-ledig',
      'rettigheder',
    ])
    expect(keys(settled)).toEqual(['dine-data', 'foerste-uge', 'joblog', 'kontakt', 'rettigheder'])
  })

  it('counts a lesson marked done on its page as the step done', () => {
    const flow = flowOf('ny-paa-dagpenge')
    const device = setCompleted(
      setAnswers(emptyState(subject), flow.slug, {
        'meldt-ledig': 'yes',
        samtaler: 'begge',
        'cv-klar': 'yes',
      }),
      'lessons/dine-rettigheder-og-pligter',
      true,
    )
    const plan = planOf(flow, device)
    expect(plan.steps.find((s) => s.key === 'rettigheder')?.status).toBe('done')
    expect(plan.progress.done).toBe(1)
  })

  it('counts a checklist with every required item ticked as done, and shows what it unlocks', () => {
    const flow = flowOf('ny-paa-dagpenge')
    let device = setAnswers(emptyState(subject), flow.slug, {
      'meldt-ledig': 'yes',
      samtaler: 'begge',
      'cv-klar': 'yes',
    })
    for (const item of catalog.checklists['foerste-uge-som-ledig']!)
      device = setChecked(device, 'foerste-uge-som-ledig', item, true)
    const step = flow.steps.find((s) => s.key === 'foerste-uge')!
    expect(stepDone(flow.slug, step, device, catalog)).toBe('derived')
    expect(planOf(flow, device).steps.map((s) => s.key)).toContain('find-job')
  })

  it('counts a course done when all its lessons are', () => {
    const flow = flowOf('ny-paa-dagpenge')
    const step = flow.steps.find((s) => s.key === 'find-job')!
    let device = emptyState(subject)
    for (const lesson of catalog.courses['find-job-paa-egen-haand']!)
      device = setCompleted(device, `lessons/${lesson}`, true)
    expect(stepDone(flow.slug, step, device, catalog)).toBe('derived')
  })

  it('marks a FAQ step by its document, a contact step by the step itself', () => {
    const flow = flowOf('ny-paa-dagpenge')
    expect(
      markRef(
        flow.slug,
        flow.steps.find((s) => s.key === 'meld-dig-ledig')!,
      ),
    ).toBe('faqs/hvornaar-skal-jeg-tilmelde-mig')
    expect(
      markRef(
        flow.slug,
        flow.steps.find((s) => s.key === 'kontakt')!,
      ),
    ).toBe('steps/ny-paa-dagpenge/kontakt')
  })

  it('offers the fallback flow when its condition holds', () => {
    const flow = flowOf('kort-tid-ledig')
    const device = setAnswers(emptyState(subject), flow.slug, {
      'hvor-laenge': 'under-1',
      'soeger-saadan': [],
      'til-samtale': 'no',
      'kender-pligter': 'no',
    })
    expect(planOf(flow, device).fallback?.flow).toBe('ny-paa-dagpenge')
  })
})
