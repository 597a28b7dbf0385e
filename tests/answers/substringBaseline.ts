import type { AnswerIndex } from '../../site/answers/types.ts'
import type { EvaluationQuestion } from './evaluationSet.ts'

/**
 * The bench's baseline: a plain substring scan. Each passage scores the number of the
 * question's words (three letters or more, lower case) found anywhere in its text; the three
 * best are its answers, and a question none of whose words occur gets none.
 */
export function substringAnswers(index: AnswerIndex, question: string): string[] {
  const words = question
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3)
  return index.passages
    .map((passage) => {
      const text = `${passage.title} ${passage.heading ?? ''} ${passage.text}`.toLowerCase()
      return { source: passage.source, hits: words.filter((word) => text.includes(word)).length }
    })
    .filter((entry) => entry.hits > 0)
    .sort((a, b) => b.hits - a.hits)
    .slice(0, 3)
    .map((entry) => entry.source)
}

/** Top-1, top-3 and MRR of the substring scan over a set of questions. */
export function substringEvaluation(
  index: AnswerIndex,
  questions: EvaluationQuestion[],
): { top1: number; top3: number; mrr: number } {
  const ranks = questions.map(({ question, sources }) => {
    const at = substringAnswers(index, question).findIndex((source) => sources.includes(source))
    return at + 1
  })
  const n = ranks.length || 1
  return {
    top1: ranks.filter((rank) => rank === 1).length / n,
    top3: ranks.filter((rank) => rank >= 1).length / n,
    mrr: ranks.reduce((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / n,
  }
}
