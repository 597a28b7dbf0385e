import { describe, expect, test } from 'vitest'
import { evaluate } from './evaluate.ts'
import { outOfScopeQuestions } from './outOfScope.ts'
import { danishQuestions } from './questions.da.ts'
import { englishQuestions } from './questions.en.ts'
import { sampleEngine } from './sampleIndex.ts'

const sets = { da: danishQuestions, en: englishQuestions }

describe('the evaluation set', () => {
  test('is as large as the issue asks', () => {
    expect(danishQuestions.length).toBeGreaterThanOrEqual(60)
    expect(englishQuestions.length).toBeGreaterThanOrEqual(20)
    expect(outOfScopeQuestions.length).toBeGreaterThanOrEqual(10)
  })

  for (const locale of ['da', 'en'] as const) {
    test(`${locale}: a right source is among the top three for at least 90 %`, () => {
      const result = evaluate(sampleEngine(locale), sets[locale])
      const misses = result.outcomes
        .filter((outcome) => outcome.rank === 0 || outcome.rank > 3)
        .map((outcome) => `${outcome.question} → ${outcome.shown.join(', ') || 'no answer'}`)
      expect(result.top3, misses.join('\n')).toBeGreaterThanOrEqual(0.9)
    })

    test(`${locale}: every out-of-scope question gets no answer`, () => {
      const engine = sampleEngine(locale)
      const answered = outOfScopeQuestions
        .filter((entry) => entry.locale === locale)
        .filter((entry) => engine.ask(entry.question).answers.length > 0)
        .map((entry) => entry.question)
      expect(answered).toEqual([])
    })
  }
})
