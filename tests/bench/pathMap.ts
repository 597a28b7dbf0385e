import { cpus, loadavg } from 'node:os'
import type { Flow, Step } from '../../content-models/index.ts'
import { planFlow } from '../../flows/index.ts'
import { mapPaths } from '../../flows/pathMap/index.ts'
import { generateFlow } from '../flows/generateFlow.ts'
import type { BenchRow, BenchSection } from './section.ts'

const goalMs = 200

/** Median wall and CPU milliseconds of `rounds` calls, after `warm` untimed ones. */
function median(run: () => unknown, rounds: number, warm = 2): { wall: number; cpu: number } {
  for (let at = 0; at < warm; at++) run()
  const walls: number[] = []
  const cpus: number[] = []
  for (let at = 0; at < rounds; at++) {
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    run()
    walls.push(performance.now() - start)
    const used = process.cpuUsage(cpuStart)
    cpus.push((used.user + used.system) / 1000)
  }
  const middle = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!
  return { wall: middle(walls), cpu: middle(cpus) }
}

/** Calls per second of `run` over about a second, after a warm-up. */
function perSecond(run: () => unknown): number {
  for (let at = 0; at < 200; at++) run()
  let calls = 0
  const start = performance.now()
  let now = start
  while (now - start < 1000) {
    for (let at = 0; at < 20; at++) run()
    calls += 20
    now = performance.now()
  }
  return calls / ((now - start) / 1000)
}

/** Three multi-choice questions of 12 options, each option its own step: too many combinations. */
function tooLargeFlow(): Flow {
  const text = (da: string) => ({ da, en: da })
  const options = Array.from({ length: 12 }, (_, at) => ({
    value: `o${at}`,
    label: text(`O${at}`),
  }))
  const step = (key: string, showWhen: Step['showWhen'], kind: Step['kind'] = 'content'): Step => ({
    key,
    title: text(key),
    summary: null,
    kind,
    content: kind === 'content' ? { collection: 'lessons', slug: key } : null,
    showWhen,
    required: true,
    minutes: 5,
  })
  return {
    slug: 'for-stort',
    title: text('For stort'),
    summary: text('Til måling.'),
    audiences: [],
    questions: [0, 1, 2].map((at) => ({
      key: `m${at}`,
      type: 'multi' as const,
      prompt: text(`Spørgsmål ${at}?`),
      help: null,
      options,
    })),
    steps: [
      ...[0, 1, 2].flatMap((question) =>
        options.map((option) =>
          step(`s${question}-${option.value}`, { answer: `m${question}`, is: option.value }),
        ),
      ),
      step('kontakt', null, 'contact'),
    ],
    variants: [],
    fallback: null,
  }
}

/**
 * The path map ("Forløbskort", issue 17) on a generated flow of 8 single-choice questions with
 * 4 options each and 40 steps (65,536 combinations), next to planning every combination one by
 * one with planFlow, measured in the same run. Goal: the map under 200 ms.
 */
export default async function pathMapBench(): Promise<BenchSection> {
  const { flow } = generateFlow({
    steps: 40,
    questions: 8,
    seed: 7,
    questionType: 'single',
    optionCount: 4,
  })
  const plain = { ...flow, variants: [] }
  const first = median(() => mapPaths(plain), 1, 0)
  const map = mapPaths(plain)
  const combinations = map.headline.combinations
  const sample = map.groups[0]!.answers
  const planPerSecond = perSecond(() => planFlow(plain, { answers: sample }))
  const baselineMs = (combinations / planPerSecond) * 1000
  const timed = median(() => mapPaths(plain), 7)
  const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits
  const met = timed.wall < goalMs

  const tooLarge = tooLargeFlow()
  const givesUp = median(() => mapPaths(tooLarge), 3, 1)
  const rows: BenchRow[] = [
    {
      name: 'planFlow, one combination, 40 steps (baseline)',
      value: Math.round(planPerSecond),
      unit: 'ops/s',
      note: `planning all ${combinations.toLocaleString('en-US')} combinations one by one: ${round(baselineMs)} ms`,
    },
    {
      name: `mapPaths, 8 questions × 4 options, 40 steps (${combinations.toLocaleString('en-US')} combinations, ${map.headline.plans.toLocaleString('en-US')} plans)`,
      value: round(timed.wall),
      unit: 'ms',
      baseline: round(baselineMs),
      ratio: round(baselineMs / timed.wall, 2),
      note: `median of 7 after 2 warm-up calls; CPU ${round(timed.cpu)} ms; ratio = planFlow for every combination ÷ mapPaths (higher is better)`,
    },
    {
      name: 'mapPaths, same flow, first call in this process',
      value: round(first.wall),
      unit: 'ms',
      baseline: round(baselineMs),
      ratio: round(baselineMs / first.wall, 2),
      note: `before the JIT has warmed up (what an editor's first keystroke costs); CPU ${round(first.cpu)} ms`,
    },
    {
      name: `goal: path map under ${goalMs} ms`,
      value: round(timed.wall),
      unit: 'ms',
      note: `${met ? 'met' : `NOT met (${round(timed.wall / goalMs, 2)} × the goal)`} on wall time; on CPU time (${round(timed.cpu)} ms) ${timed.cpu < goalMs ? 'met' : 'NOT met'}; load average ${round(loadavg()[0]!)} on ${cpus().length} cores (a busy machine stretches wall time, not CPU time)`,
    },
    {
      name: 'mapPaths gives up: 3 multi-choice questions × 12 options',
      value: round(givesUp.wall),
      unit: 'ms',
      baseline: round(baselineMs),
      ratio: round(baselineMs / givesUp.wall, 2),
      note: `complete: ${mapPaths(tooLarge).complete}; the walk stops at 150,000 screening states and says so`,
    },
  ]
  return { title: 'Path map (flows/pathMap)', rows }
}
