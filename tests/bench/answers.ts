// The answer engine (site/answers/) over the evaluation set in tests/answers/, per locale, next
// to a plain substring scan over the same passages measured in the same run: top-1, top-3,
// mean reciprocal rank, the no-answer precision on the out-of-scope questions, and the time
// per answer: in Node (× 4 as an estimate) and on the built page in Chromium with the CPU
// slowed 4× (goal: under 50 ms), the first question's load of the index apart.
import { AnswerEngine } from '../../site/answers/engine.ts'
import { evaluate } from '../answers/evaluate.ts'
import { outOfScopeQuestions } from '../answers/outOfScope.ts'
import { danishQuestions } from '../answers/questions.da.ts'
import { englishQuestions } from '../answers/questions.en.ts'
import { sampleIndex } from '../answers/sampleIndex.ts'
import { substringAnswers, substringEvaluation } from '../answers/substringBaseline.ts'
import { askInBrowser } from './lib/askInBrowser.ts'
import { launchChromium } from './lib/pageLoad.ts'
import { sampleSite } from './lib/sampleSite.ts'
import { serveStatic } from './lib/staticServer.ts'
import type { BenchRow, BenchSection } from './section.ts'

const goalMs = 50
const slowdown = 4

/** Milliseconds per call of `run` over every question, after one warm-up round. */
function msPerAnswer(questions: string[], run: (question: string) => unknown): number {
  for (const question of questions) run(question)
  const rounds = 20
  const start = performance.now()
  for (let round = 0; round < rounds; round++) for (const question of questions) run(question)
  return (performance.now() - start) / (rounds * questions.length)
}

const percent = (share: number) => Math.round(share * 1000) / 10

export default async function answersBench(): Promise<BenchSection> {
  const rows: BenchRow[] = []
  for (const [locale, questions] of [
    ['da', danishQuestions],
    ['en', englishQuestions],
  ] as const) {
    const index = sampleIndex(locale)
    const engine = new AnswerEngine(index)
    const ours = evaluate(engine, questions)
    const base = substringEvaluation(index, questions)
    const label = `${locale}, ${questions.length} questions`
    for (const measure of ['top1', 'top3', 'mrr'] as const) {
      rows.push({
        name: `${measure === 'mrr' ? 'mean reciprocal rank' : measure.replace('top', 'top-')} (${label})`,
        value: measure === 'mrr' ? Math.round(ours.mrr * 1000) / 1000 : percent(ours[measure]),
        unit: measure === 'mrr' ? '' : '%',
        baseline: measure === 'mrr' ? Math.round(base.mrr * 1000) / 1000 : percent(base[measure]),
        ratio: base[measure] ? Math.round((ours[measure] / base[measure]) * 100) / 100 : 0,
        note: 'ratio = engine ÷ substring scan (higher is better)',
      })
    }
    const outside = outOfScopeQuestions.filter((entry) => entry.locale === locale)
    const silent = outside.filter((entry) => engine.ask(entry.question).answers.length === 0)
    const baseSilent = outside.filter(
      (entry) => substringAnswers(index, entry.question).length === 0,
    )
    rows.push({
      name: `no-answer precision (${locale}, ${outside.length} out-of-scope questions)`,
      value: percent(silent.length / outside.length),
      unit: '%',
      baseline: percent(baseSilent.length / outside.length),
      note: 'share of out-of-scope questions given no answer (goal 100 %)',
    })
    const all = [...questions.map((entry) => entry.question), ...outside.map((e) => e.question)]
    const ms = msPerAnswer(all, (question) => engine.ask(question))
    const baseMs = msPerAnswer(all, (question) => substringAnswers(index, question))
    rows.push({
      name: `time per answer (${locale}, ${index.passages.length} passages)`,
      value: Math.round(ms * 1000) / 1000,
      unit: 'ms',
      baseline: Math.round(baseMs * 1000) / 1000,
      ratio: Math.round((ms / baseMs) * 100) / 100,
      note: `ratio = engine ÷ substring scan (lower is better); × ${slowdown} slower CPU ≈ ${(ms * slowdown).toFixed(1)} ms: goal < ${goalMs} ms ${ms * slowdown < goalMs ? 'met' : 'NOT met'}`,
    })
  }
  rows.push(...(await browserRows()))
  return { title: 'Answers (site/answers/, evaluation set tests/answers/)', rows }
}

/** The built "Spørg" pages in Chromium, CPU slowed 4×: first question and the rest. */
async function browserRows(): Promise<BenchRow[]> {
  const server = await serveStatic(await sampleSite())
  const browser = await launchChromium()
  const rows: BenchRow[] = []
  try {
    for (const [locale, path, questions] of [
      ['da', '/spoerg', danishQuestions],
      ['en', '/en/ask', englishQuestions],
    ] as const) {
      const asked = questions.map((entry) => entry.question)
      const timing = await askInBrowser(browser, server.origin, path, asked)
      rows.push(
        {
          name: `first question on ${path}, Chromium, CPU 4× slower (loads the index)`,
          value: Math.round(timing.first),
          unit: 'ms',
          note: `${locale}: fetch of /svar/${locale}.json, indexing and the answer`,
        },
        {
          name: `answer on ${path}, Chromium, CPU 4× slower (median of ${asked.length - 1})`,
          value: Math.round(timing.median * 10) / 10,
          unit: 'ms',
          baseline: Math.round(timing.baseline * 100) / 100,
          ratio: Math.round((timing.median / timing.baseline) * 10) / 10,
          note: `question in #q= → status shown; baseline: substring scan of the same index in the page (lower is better); goal < ${goalMs} ms ${timing.median < goalMs ? 'met' : 'NOT met'}`,
        },
      )
    }
  } finally {
    await browser.close()
    await server.close()
  }
  return rows
}
