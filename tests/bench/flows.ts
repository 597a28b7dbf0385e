import { nextQuestion, planFlow, validateFlow } from '../../flows/index.ts'
import { generateFlow, generateState } from '../flows/generateFlow.ts'
import type { BenchRow, BenchSection } from './section.ts'

/** Operations per second of `run`, after a warm-up, over about `seconds`. */
function opsPerSecond(run: () => unknown, seconds = 1): number {
  for (let warm = 0; warm < 50; warm++) run()
  let operations = 0
  const start = performance.now()
  const until = start + seconds * 1000
  let now = start
  while (now < until) {
    for (let batch = 0; batch < 10; batch++) run()
    operations += 10
    now = performance.now()
  }
  return operations / ((now - start) / 1000)
}

/**
 * The flow engine on a generated flow of 1,000 steps and 50 questions, each figure next to
 * JSON.parse of the same flow measured in the same run (goal: planning under 1 ms).
 */
export default async function flowsBench(): Promise<BenchSection> {
  const { flow, catalog } = generateFlow({ steps: 1000, questions: 50, seed: 7 })
  const state = generateState(flow, 7)
  const json = JSON.stringify(flow)
  const baseline = opsPerSecond(() => JSON.parse(json))
  const firstHalf = Object.fromEntries(Object.entries(state.answers ?? {}).slice(0, 25))
  const measured: [string, () => unknown][] = [
    ['planFlow', () => planFlow(flow, state)],
    ['validateFlow', () => validateFlow(flow, catalog)],
    ['nextQuestion (25 of 50 answered)', () => nextQuestion(flow, firstHalf)],
  ]
  const rows: BenchRow[] = [
    {
      name: `JSON.parse of the flow (${Math.round(json.length / 1024)} KB), baseline`,
      value: round(baseline),
      unit: 'ops/s',
    },
  ]
  for (const [name, run] of measured) {
    const value = opsPerSecond(run)
    rows.push({
      name: `${name}, 1,000 steps, 50 questions`,
      value: round(value),
      unit: 'ops/s',
      baseline: round(baseline),
      ratio: Math.round((value / baseline) * 100) / 100,
      note: `ratio = ${name.split(' ')[0]} ops/s ÷ JSON.parse ops/s (higher is better); ${(1000 / value).toFixed(3)} ms per call`,
    })
  }
  return { title: 'Flow engine (flows/)', rows }
}

const round = (value: number) => Math.round(value)
