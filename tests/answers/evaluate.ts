import type { AnswerEngine } from '../../site/answers/engine.ts'
import type { EvaluationQuestion } from './evaluationSet.ts'

/** How one question fared: the rank (1-based) of the first right source, or 0 when none. */
type QuestionOutcome = { question: string; rank: number; shown: string[]; best: string }

/** Top-1, top-3 and mean reciprocal rank over a set of questions, with each outcome. */
export type Evaluation = { top1: number; top3: number; mrr: number; outcomes: QuestionOutcome[] }

/** Asks the engine every question and scores its answers against the right sources. */
export function evaluate(engine: AnswerEngine, questions: EvaluationQuestion[]): Evaluation {
  const outcomes = questions.map(({ question, sources }) => {
    const result = engine.ask(question)
    const shown = result.answers.map((answer) => answer.passage.source)
    const index = shown.findIndex((source) => sources.includes(source))
    const best = `score ${result.best.score.toFixed(2)}, coverage ${result.best.coverage.toFixed(2)}`
    return { question, rank: index + 1, shown, best }
  })
  const share = (test: (outcome: QuestionOutcome) => boolean) =>
    outcomes.filter(test).length / (outcomes.length || 1)
  return {
    top1: share((outcome) => outcome.rank === 1),
    top3: share((outcome) => outcome.rank >= 1 && outcome.rank <= 3),
    mrr: outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / (outcomes.length || 1),
    outcomes,
  }
}
