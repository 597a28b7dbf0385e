// Answer groups merged by the plan they lead to, on the sample flow "Ny på dagpenge" and its
// real path map: which answers share a plan, how counts add up without breaking the "<5"
// rule, and how the groups are named and ordered.
import path from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { AnswerGroupsSection } from '../../cms/admin/insights/AnswerGroupsSection.tsx'
import { groupsMessages } from '../../cms/admin/insights/groupsMessages.ts'
import { countText, sumCounts } from '../../cms/admin/insights/mergedCount.ts'
import {
  exactPlanFunnels,
  planFunnels,
  planFunnelsBody,
} from '../../cms/admin/insights/planFunnels.ts'
import { answerCombinations } from '../../cms/admin/insights/planRows.ts'
import { planGrouping } from '../../cms/admin/insights/planQuestions.ts'
import type { AnswerGroupsStats } from '../../cms/admin/insights/trackingStats.ts'
import { readSampleContent } from '../../sample-content/index.ts'

const content = readSampleContent(path.resolve(import.meta.dirname, '../../content'))
const flow = content.flows.find((found) => found.slug === 'ny-paa-dagpenge')!
const grouping = planGrouping(flow)!

/** An API group's answers for "meldt-ledig", "samtaler", "cv-klar". */
const answers = (ledig: string, samtaler: string, cv: string) => [
  { question: 'meldt-ledig', value: ledig },
  { question: 'samtaler', value: samtaler },
  { question: 'cv-klar', value: cv },
]

describe('answer groups by plan', () => {
  it('groups by the questions that change the plan and finds the plan of each answer set', () => {
    expect(grouping.questions).toEqual(['meldt-ledig', 'samtaler', 'cv-klar'])
    // No talk yet, or only with the jobcentre: the same plan (Plan 1), with the a-kasse step.
    expect(grouping.planOf(answers('yes', 'ingen', 'yes'))).toBe(0)
    expect(grouping.planOf(answers('yes', 'jobcenter', 'yes'))).toBe(0)
    expect(grouping.plans[0]!.steps).toContain('a-kasse')
    expect(grouping.planOf(answers('yes', 'a-kasse', 'yes'))).not.toBe(0)
    expect(grouping.planOf(answers('no', 'ingen', 'yes'))).not.toBe(0)
    expect(grouping.plans[grouping.planOf(answers('no', 'ingen', 'yes'))!]!.steps[0]).toBe(
      'meld-dig-ledig',
    )
    // Not every question answered: no plan yet.
    expect(grouping.planOf(answers('yes', 'ingen', ''))).toBeNull()
  })

  it('adds counts exactly, and as a range when a part is "<5", never showing a count under 5', () => {
    expect(sumCounts([12, 7])).toBe(19)
    expect(sumCounts([12, '<5'])).toEqual({ low: 12, high: 16 })
    expect(countText(sumCounts([12, '<5']))).toBe('12–16')
    expect(countText(sumCounts(['<5', '<5']))).toBe('<9')
    expect(sumCounts(['<5', 0])).toBe('<5')
    expect(sumCounts([0, 0])).toBe('<5')
    expect(sumCounts([])).toBe('<5')
    expect(countText(sumCounts([{ low: 5, high: 9 }, 6]))).toBe('11–15')
  })

  it('merges the groups of one plan into one funnel of the plan’s steps, small ones last as "øvrige"', () => {
    const stats: AnswerGroupsStats = {
      flow: 'ny-paa-dagpenge',
      questions: grouping.questions,
      groups: [
        {
          answers: answers('yes', 'ingen', 'yes'),
          subjects: 12,
          started: 12,
          completed: 6,
          steps: [
            { step: 'rettigheder', viewed: 12, completed: 10 },
            { step: 'a-kasse', viewed: 9, completed: '<5' },
          ],
        },
        {
          answers: answers('no', 'ingen', 'yes'),
          subjects: 15,
          started: 15,
          completed: '<5',
          steps: [{ step: 'meld-dig-ledig', viewed: 15, completed: 8 }],
        },
        {
          answers: answers('yes', 'jobcenter', 'yes'),
          subjects: 8,
          started: 8,
          completed: 5,
          steps: [
            { step: 'rettigheder', viewed: 8, completed: 8 },
            { step: 'a-kasse', viewed: 6, completed: '<5' },
            { step: 'cv', viewed: 5, completed: '<5' },
          ],
        },
        {
          answers: answers('yes', 'ingen', ''),
          subjects: 5,
          started: 5,
          completed: '<5',
          steps: [],
        },
        { answers: null, subjects: 7, started: 7, completed: '<5', steps: [] },
      ],
    }
    const { groups } = planFunnels(stats, grouping)
    expect(groups.map((group) => [group.kind, group.subjects])).toEqual([
      ['plan', 20],
      ['plan', 15],
      ['no-plan', 5],
      ['other', 7],
    ])
    const first = groups[0]!
    expect(first).toMatchObject({ kind: 'plan', plan: 0, started: 20, completed: 11 })
    expect(first.answers).toEqual([
      answers('yes', 'ingen', 'yes'),
      answers('yes', 'jobcenter', 'yes'),
    ])
    // The plan's steps in the plan's order (unreached ones "<5"), then a step outside it.
    expect(first.steps.map((row) => row.step)).toEqual([...grouping.plans[0]!.steps, 'cv'])
    expect(first.steps[0]).toEqual({ step: 'rettigheder', viewed: 20, completed: 18 })
    // Two "<5" parts: between 0 and 8, shown as "<9".
    expect(first.steps[1]).toEqual({ step: 'a-kasse', viewed: 15, completed: { low: 0, high: 8 } })
    expect(first.steps.at(-1)).toEqual({ step: 'cv', viewed: 5, completed: '<5' })
    expect(groups[1]!.completed).toBe('<5')

    for (const locale of ['da', 'en'] as const) {
      const t = groupsMessages[locale]
      const html = renderToStaticMarkup(
        createElement(AnswerGroupsSection, {
          stats: { flow: 'ny-paa-dagpenge', groups },
          alternative: null,
          words: {},
          stepTitles: { rettigheder: 'Dine rettigheder', 'a-kasse': 'A-kassen', cv: 'CV' },
          t,
        }),
      )
      const more = grouping.plans[0]!.steps.length - 3
      expect(html).toContain(
        `<h3 id="answer-group-0">Plan 1: Dine rettigheder, A-kassen, foerste-samtaler + ${more} ${t.moreSteps} (20 ${t.subjects})</h3>`,
      )
      expect(html).toContain(`<th scope="row">CV (${t.notInPlan})</th><td>5</td><td>&lt;5</td>`)
      expect(html).toContain('<th scope="row">A-kassen</th><td>15</td><td>&lt;9</td>')
      expect(html).toContain(`${t.other} (7 ${t.subjects})`)
      expect(html).toContain(`${t.noPlan} (5 ${t.subjects})`)
      // Each group has its chart (hidden from screen readers) and its table.
      expect(html.match(/<figure/g)).toHaveLength(4)
      expect(html.match(/<table/g)).toHaveLength(4)
    }
  })

  it('lists every answer combination of each plan for the tracking API, and reads its exact counts', () => {
    const rows = grouping.answerRows!
    // Plan 1: no talk yet or only the jobcentre, registered, CV ready; each row leads to its plan.
    expect(rows[0]).toEqual([
      ['yes', 'ingen', 'yes'],
      ['yes', 'jobcenter', 'yes'],
    ])
    rows.forEach((planRows, plan) => {
      for (const row of planRows)
        expect(
          grouping.planOf(row.map((value, i) => ({ question: grouping.questions[i]!, value }))),
        ).toBe(plan)
    })
    // Unanswered ("") leads to no plan, so no row carries it here.
    expect(rows.flat().filter((row) => row.includes(''))).toEqual([])
    const body = planFunnelsBody(grouping, rows)
    expect(body.plans[0]).toEqual({ id: '0', steps: grouping.plans[0]!.steps, answers: rows[0] })

    const funnel = { started: 12, completed: '<5' as const, steps: [] }
    const { groups } = exactPlanFunnels(
      {
        flow: 'ny-paa-dagpenge',
        groups: [
          { kind: 'plan', plan: '6', subjects: 13, ...funnel },
          { kind: 'none', plan: null, subjects: 6, ...funnel },
          { kind: 'other', plan: null, subjects: '<5', ...funnel },
        ],
      },
      grouping,
      rows,
    )
    expect(groups).toEqual([
      {
        kind: 'plan',
        plan: 6,
        planSteps: grouping.plans[6]!.steps,
        answers: rows[6]!.map((row) => answers(row[0]!, row[1]!, row[2]!)),
        subjects: 13,
        ...funnel,
      },
      { kind: 'no-plan', answers: [], subjects: 6, ...funnel },
      { kind: 'other', answers: [], subjects: '<5', ...funnel },
    ])
  })

  it('cannot list the combinations of a multi-choice question with very many options', () => {
    const many = {
      ...flow,
      questions: flow.questions.map((question, index) =>
        index === 0
          ? {
              ...question,
              type: 'multi' as const,
              options: Array.from({ length: 12 }, (_, i) => ({
                value: `o${i}`,
                label: { da: `O ${i}` },
              })),
            }
          : question,
      ),
    }
    expect(answerCombinations(many, [flow.questions[0]!.key])).toBeNull()
    expect(answerCombinations(flow, grouping.questions)).toHaveLength(3 * 5 * 3)
  })
})
