import path from 'node:path'
import { fc, test as propertyTest } from '@fast-check/vitest'
import { describe, expect, test } from 'vitest'
import type { Condition, Flow } from '../../content-models/index.ts'
import { readSampleContent } from '../../sample-content/index.ts'
import { describeCondition, validateFlow } from '../../flows/index.ts'
import { nestedFlow } from './nestedFlow.ts'

const content = readSampleContent(path.resolve(import.meta.dirname, '..', '..', 'content'))
const sample = (slug: string) => content.flows.find((flow) => flow.slug === slug)!
const ruleOf = (flow: Flow, where: string): Condition | null | undefined =>
  where === 'fallback'
    ? flow.fallback?.when
    : flow.steps.find((step) => step.key === where)!.showWhen

// The spec: every rule of the sample flows, written out by hand in both languages.
const expected: Record<string, Record<string, { da: string; en: string }>> = {
  'ny-paa-dagpenge': {
    'meld-dig-ledig': {
      da: 'når Har du meldt dig ledig på Jobnet? er Nej',
      en: 'when Have you registered as a jobseeker on Jobnet? is No',
    },
    rettigheder: { da: 'Vises altid', en: 'Always shown' },
    'a-kasse': {
      da: 'når Hvem har du allerede haft en samtale med? er Ingen endnu eller Kun jobcentret',
      en: 'when Who have you already had a meeting with? is Nobody yet or Only the jobcenter',
    },
    'foerste-samtaler': {
      da: 'når ikke (Hvem har du allerede haft en samtale med? er Både a-kassen og jobcentret)',
      en: 'when not (Who have you already had a meeting with? is Both the a-kasse and the jobcenter)',
    },
    'foerste-uge': { da: 'Vises altid', en: 'Always shown' },
    cv: {
      da: 'når Har du et CV på Jobnet, som er klar? er Nej',
      en: 'when Do you have a CV on Jobnet that is ready? is No',
    },
    joblog: { da: 'Vises altid', en: 'Always shown' },
    'dine-data': { da: 'Vises altid', en: 'Always shown' },
    'find-job': {
      da: 'når tjeklisten i Din første uge er gjort færdig',
      en: 'when the checklist in Your first week is finished',
    },
    kontakt: { da: 'Vises altid', en: 'Always shown' },
  },
  'kort-tid-ledig': {
    'fire-maader': { da: 'Vises altid', en: 'Always shown' },
    pligter: {
      da: 'når Kender du dine pligter som ledig, fx jobloggen? er Nej',
      en: 'when Do you know your duties as a jobseeker, for example the joblog? is No',
    },
    ansoegning: {
      da: 'når Hvordan søger du job i dag? omfatter Jeg søger job i opslag eller Jeg sender uopfordrede ansøgninger eller Har du været til jobsamtale, siden du blev ledig? er Nej',
      en: 'when How do you look for work today? includes I apply for advertised jobs or I send unsolicited applications or Have you been to a job interview since you lost your job? is No',
    },
    uopfordret: {
      da: 'når ikke (Hvordan søger du job i dag? omfatter Jeg sender uopfordrede ansøgninger)',
      en: 'when not (How do you look for work today? includes I send unsolicited applications)',
    },
    ring: {
      da: 'når ikke (Hvordan søger du job i dag? omfatter Jeg ringer til firmaer)',
      en: 'when not (How do you look for work today? includes I call companies)',
    },
    netvaerk: {
      da: 'når ikke (Hvordan søger du job i dag? omfatter Jeg bruger mit netværk eller LinkedIn) eller Hvor længe har du været ledig? er Tre til seks måneder',
      en: 'when not (How do you look for work today? includes I use my network or LinkedIn) or How long have you been out of work? is Three to six months',
    },
    jobsamtale: { da: 'Vises altid', en: 'Always shown' },
    'soeg-bredere': {
      da: 'når Hvor længe har du været ledig? er Tre til seks måneder og Har du været til jobsamtale, siden du blev ledig? er Nej',
      en: 'when How long have you been out of work? is Three to six months and Have you been to a job interview since you lost your job? is No',
    },
    kontakt: { da: 'Vises altid', en: 'Always shown' },
    fallback: {
      da: 'når Kender du dine pligter som ledig, fx jobloggen? er Nej og Hvor længe har du været ledig? er Under en måned',
      en: 'when Do you know your duties as a jobseeker, for example the joblog? is No and How long have you been out of work? is Less than a month',
    },
  },
  'klart-jobmaal': {
    jobmaal: { da: 'Vises altid', en: 'Always shown' },
    afklar: { da: 'Vises altid', en: 'Always shown' },
    styrker: {
      da: 'når Hvad vil du gerne have hjælp til? omfatter At sætte ord på det, jeg kan eller Hvor sikker er du på dit jobmål? er Jeg er i tvivl',
      en: 'when What would you like help with? includes Putting words to what I can do or How sure are you about your job target? is I am not sure',
    },
    papirer: {
      da: 'når Har du samlet dine beviser og udtalelser et sted? er Nej',
      en: 'when Have you gathered your certificates and references in one place? is No',
    },
    kursus: {
      da: 'når Hvad vil du gerne have hjælp til? omfatter At finde et kursus',
      en: 'when What would you like help with? includes Finding a course',
    },
    cv: {
      da: 'når tjeklisten i Gør dit jobmål klart er gjort færdig',
      en: 'when the checklist in Make your job target clear is finished',
    },
    firmaer: {
      da: 'når Hvad vil du gerne have hjælp til? omfatter At få kontakt til firmaer',
      en: 'when What would you like help with? includes Getting in touch with companies',
    },
    jobsamtale: {
      da: 'når Hvad vil du gerne have hjælp til? omfatter At blive klar til jobsamtaler eller trinnet Lad dit CV pege mod dit mål er klaret',
      en: 'when What would you like help with? includes Getting ready for job interviews or the step Let your CV point to your target is done',
    },
    kontakt: { da: 'Vises altid', en: 'Always shown' },
    fallback: {
      da: 'når Hvor sikker er du på dit jobmål? er Ret sikker eller Jeg er i tvivl og trinnet Sæt ord på det, du kan er klaret og ikke (tjeklisten i Gør dit jobmål klart er gjort færdig)',
      en: 'when How sure are you about your job target? is Fairly sure or I am not sure and the step Put words to what you can do is done and not (the checklist in Make your job target clear is finished)',
    },
  },
}

describe('describeCondition', () => {
  test('the spec covers every rule of every sample flow', () => {
    for (const flow of content.flows) {
      const rules = [...flow.steps.map((step) => step.key), ...(flow.fallback ? ['fallback'] : [])]
      expect(Object.keys(expected[flow.slug] ?? {}).sort()).toEqual(rules.sort())
    }
  })

  for (const [slug, rules] of Object.entries(expected)) {
    for (const [where, sentence] of Object.entries(rules)) {
      test(`${slug}: ${where} reads as written in Danish and English`, () => {
        const flow = sample(slug)
        expect(describeCondition(ruleOf(flow, where), flow, 'da').text).toBe(sentence.da)
        expect(describeCondition(ruleOf(flow, where), flow, 'en').text).toBe(sentence.en)
      })
    }
  }

  test('marks the picked titles as parts, so the builder can set them in bold', () => {
    const flow = sample('ny-paa-dagpenge')
    expect(describeCondition(ruleOf(flow, 'cv'), flow, 'da').parts).toEqual([
      { kind: 'text', text: 'når ' },
      { kind: 'question', question: 'cv-klar', text: 'Har du et CV på Jobnet, som er klar?' },
      { kind: 'text', text: ' er ' },
      { kind: 'option', question: 'cv-klar', option: 'no', text: 'Nej' },
    ])
    expect(describeCondition(ruleOf(flow, 'find-job'), flow, 'en').parts).toEqual([
      { kind: 'text', text: 'when the checklist in ' },
      { kind: 'step', step: 'foerste-uge', text: 'Your first week' },
      { kind: 'text', text: ' is finished' },
    ])
  })

  test('puts nested groups in parentheses, and reads a group of one as its part', () => {
    const flow = sample('ny-paa-dagpenge')
    const rule: Condition = {
      all: [
        {
          any: [
            { answer: 'meldt-ledig', is: 'no' },
            { answer: 'cv-klar', is: 'no' },
          ],
        },
        { all: [{ completed: 'rettigheder' }] },
      ],
    }
    expect(describeCondition(rule, flow, 'da').text).toBe(
      'når (Har du meldt dig ledig på Jobnet? er Nej eller Har du et CV på Jobnet, som er klar? er Nej) og trinnet Dine rettigheder og pligter er klaret',
    )
    expect(
      describeCondition(
        { not: { any: [{ completed: 'cv' }, { completed: 'joblog' }] } },
        flow,
        'en',
      ).text,
    ).toBe(
      'when not (the step Make your CV on Jobnet is done or the step How to use the joblog is done)',
    )
  })

  test('falls back to the Danish title when the English one is missing, then to the key', () => {
    const flow = structuredClone(sample('ny-paa-dagpenge'))
    flow.questions[0]!.prompt.en = null
    flow.steps.find((step) => step.key === 'foerste-uge')!.title = { da: '' }
    expect(describeCondition({ answer: 'meldt-ledig', is: 'yes' }, flow, 'en').text).toBe(
      'when Har du meldt dig ledig på Jobnet? is Yes',
    )
    expect(describeCondition({ checklistDone: 'foerste-uge' }, flow, 'da').text).toBe(
      'når tjeklisten i foerste-uge er gjort færdig',
    )
  })
})

describe('a rule pointing at something deleted', () => {
  const withoutOption = (): Flow => {
    const flow = structuredClone(sample('ny-paa-dagpenge'))
    const question = flow.questions.find((found) => found.key === 'samtaler')!
    question.options = question.options.filter((option) => option.value !== 'jobcenter')
    return flow
  }

  test('shows the deleted option as a missing part, in words, at the rule', () => {
    const flow = withoutOption()
    const rule = ruleOf(flow, 'a-kasse')
    const danish = describeCondition(rule, flow, 'da')
    expect(danish.text).toBe(
      'når Hvem har du allerede haft en samtale med? er Ingen endnu eller (slettet svarmulighed «jobcenter»)',
    )
    expect(danish.parts.at(-1)).toEqual({
      kind: 'missing',
      ref: 'option',
      text: '(slettet svarmulighed «jobcenter»)',
    })
    expect(describeCondition(rule, flow, 'en').text).toBe(
      'when Who have you already had a meeting with? is Nobody yet or (deleted option “jobcenter”)',
    )
  })

  test('validateFlow refuses it at that rule, naming the option', () => {
    const flow = withoutOption()
    const rulePath = `steps[${flow.steps.findIndex((step) => step.key === 'a-kasse')}].showWhen`
    const problems = validateFlow(flow)
    const problem = problems.find((found) => found.code === 'unknown-option')
    expect(problem?.path).toBe(`${rulePath}.in[1]`)
    expect(problem?.message.da).toContain('"jobcenter"')
    expect(problem?.message.en).toContain('"jobcenter"')
  })

  test('shows a deleted step and a deleted question as missing parts, and validateFlow reports them at the rule', () => {
    const flow = structuredClone(sample('ny-paa-dagpenge'))
    flow.steps = flow.steps.filter((step) => step.key !== 'foerste-uge')
    flow.questions = flow.questions.filter((question) => question.key !== 'cv-klar')
    const findJob = ruleOf(flow, 'find-job')
    expect(describeCondition(findJob, flow, 'da').text).toBe(
      'når tjeklisten i (slettet trin «foerste-uge») er gjort færdig',
    )
    expect(describeCondition(ruleOf(flow, 'cv'), flow, 'en').parts).toEqual([
      { kind: 'text', text: 'when ' },
      { kind: 'missing', ref: 'question', text: '(deleted question “cv-klar”)' },
    ])
    const at = (key: string) =>
      `steps[${flow.steps.findIndex((step) => step.key === key)}].showWhen`
    const problems = validateFlow(flow).map(({ code, path }) => ({ code, path }))
    expect(problems).toContainEqual({
      code: 'unknown-step',
      path: `${at('find-job')}.checklistDone`,
    })
    expect(problems).toContainEqual({ code: 'unknown-question', path: `${at('cv')}.answer` })
  })
})

propertyTest.prop([nestedFlow, fc.constantFrom('da' as const, 'en' as const)])(
  'every rule of a flow reads as titles only: its parts make up its text, and no picked part shows a key',
  (flow, locale) => {
    const titles = new Set([
      ...flow.questions.flatMap((question) => [
        question.prompt[locale] ?? question.prompt.da,
        ...question.options.map((option) => option.label[locale] ?? option.label.da),
      ]),
      ...flow.steps.map((step) => step.title[locale] ?? step.title.da),
      ...(locale === 'da' ? ['Ja', 'Nej'] : ['Yes', 'No']),
    ])
    for (const rule of [...flow.steps.map((step) => step.showWhen), flow.fallback?.when]) {
      const sentence = describeCondition(rule, flow, locale)
      expect(sentence.parts.map((part) => part.text).join('')).toBe(sentence.text)
      for (const part of sentence.parts) {
        if (part.kind === 'question' || part.kind === 'option' || part.kind === 'step')
          expect(titles).toContain(part.text)
      }
      // The nested flow names one question and one option the flow does not have.
      expect(sentence.text.includes('findes-ikke')).toBe(
        sentence.parts.some((part) => part.kind === 'missing' && part.ref === 'question'),
      )
    }
  },
)
