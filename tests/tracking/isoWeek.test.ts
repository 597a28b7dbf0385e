import { describe, expect, it } from 'vitest'
import { isoWeek } from '../../tracking/stats/questions.ts'

const mondayOf = (date: string) => Date.parse(date) / (24 * 60 * 60 * 1000)

describe('isoWeek', () => {
  it.each([
    ['2026-11-30', '2026-W49'],
    ['2020-12-28', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2024-12-30', '2025-W01'],
    ['2026-01-05', '2026-W02'],
    ['1969-12-29', '1970-W01'],
  ])('names the week of Monday %s %s', (monday, week) => {
    expect(isoWeek(mondayOf(monday))).toBe(week)
  })
})
