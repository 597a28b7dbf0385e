import { cpus, loadavg } from 'node:os'
import type { Flow, Step } from '../../content-models/index.ts'
import { planFlow } from '../../flows/index.ts'
import { mapPaths } from '../../flows/pathMap/index.ts'
import { generateFlow } from '../flows/generateFlow.ts'
import { tooManyCombinations } from '../flows/tooManyCombinations.ts'
import type { BenchRow, BenchSection } from './section.ts'

const goalMs = 200

type Timing = { wall: number; cpu: number }

/** Wall and CPU milliseconds of one call of `run`. */
function time(run: () => unknown): Timing {
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  run()
  const wall = performance.now() - start
  const used = process.cpuUsage(cpuStart)
  return { wall, cpu: (used.user + used.system) / 1000 }
}

const middle = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!

/**
 * Rounds of one call of `measured` each followed by `baselineCalls` calls of `baseline`, so a
 * busy moment of the shared machine hits both alike. Medians of the measured times and of the
 * baseline's time per call, wall and CPU.
 */
function interleaved(
  measured: () => unknown,
  baseline: () => unknown,
  baselineCalls: number,
  rounds: number,
): { measured: Timing; perCall: Timing } {
  for (let at = 0; at < 2; at++) measured()
  for (let at = 0; at < 200; at++) baseline()
  const measuredTimes: Timing[] = []
  const perCall: Timing[] = []
  for (let round = 0; round < rounds; round++) {
    measuredTimes.push(time(measured))
    const spent = time(() => {
      for (let at = 0; at < baselineCalls; at++) baseline()
    })
    perCall.push({ wall: spent.wall / baselineCalls, cpu: spent.cpu / baselineCalls })
  }
  const median = (list: Timing[]): Timing => ({
    wall: middle(list.map((timing) => timing.wall)),
    cpu: middle(list.map((timing) => timing.cpu)),
  })
  return { measured: median(measuredTimes), perCall: median(perCall) }
}

/** Three multi-choice questions of 12 options, each option its own step: too many combinations. */
function tooLargeFlow(): Flow {
  const text = (da: string) => ({ da, en: da })
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
  const { questions, steps } = tooManyCombinations(
    (at) => text(`Spørgsmål ${at}?`),
    (key, _option, showWhen) => step(key, showWhen),
  )
  return {
    slug: 'for-stort',
    title: text('For stort'),
    summary: text('Til måling.'),
    audiences: [],
    questions,
    steps: [...steps, step('kontakt', null, 'contact')],
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
  const first = time(() => mapPaths(plain))
  const map = mapPaths(plain)
  const combinations = map.headline.combinations
  const sample = map.groups[0]!.answers
  const { measured, perCall } = interleaved(
    () => mapPaths(plain),
    () => planFlow(plain, { answers: sample }),
    2_000,
    7,
  )
  const baseline = { wall: perCall.wall * combinations, cpu: perCall.cpu * combinations }
  const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits
  const met = measured.wall < goalMs

  const tooLarge = tooLargeFlow()
  mapPaths(tooLarge)
  const givesUp = middle([0, 1, 2].map(() => time(() => mapPaths(tooLarge)).wall))
  const rows: BenchRow[] = [
    {
      name: 'planFlow, one combination, 40 steps (baseline)',
      value: Math.round(1000 / perCall.wall),
      unit: 'ops/s',
      note: `planning all ${combinations.toLocaleString('en-US')} combinations one by one: ${round(baseline.wall)} ms (CPU ${round(baseline.cpu)} ms)`,
    },
    {
      name: `mapPaths, 8 questions × 4 options, 40 steps (${combinations.toLocaleString('en-US')} combinations, ${map.headline.plans.toLocaleString('en-US')} plans)`,
      value: round(measured.wall),
      unit: 'ms',
      baseline: round(baseline.wall),
      ratio: round(baseline.wall / measured.wall, 2),
      note: `median of 7 rounds, each one map then 2,000 planFlow calls; CPU ${round(measured.cpu)} ms (CPU ratio ${round(baseline.cpu / measured.cpu, 2)}); ratio = planFlow for every combination ÷ mapPaths (higher is better)`,
    },
    {
      name: 'mapPaths, same flow, first call in this process',
      value: round(first.wall),
      unit: 'ms',
      baseline: round(baseline.wall),
      ratio: round(baseline.wall / first.wall, 2),
      note: `before the JIT has warmed up (what an editor's first change costs); CPU ${round(first.cpu)} ms`,
    },
    {
      name: `goal: path map under ${goalMs} ms`,
      value: round(measured.wall),
      unit: 'ms',
      note: `${met ? 'met' : `NOT met (${round(measured.wall / goalMs, 2)} × the goal)`} on wall time; on CPU time (${round(measured.cpu)} ms) ${measured.cpu < goalMs ? 'met' : 'NOT met'}; load average ${round(loadavg()[0]!)} on ${cpus().length} cores (a busy machine stretches wall time, not CPU time)`,
    },
    {
      name: 'mapPaths gives up: 3 multi-choice questions × 12 options',
      value: round(givesUp),
      unit: 'ms',
      baseline: round(baseline.wall),
      ratio: round(baseline.wall / givesUp, 2),
      note: `complete: ${mapPaths(tooLarge).complete}; the walk stops at 150,000 screening states and says so`,
    },
  ]
  return { title: 'Path map (flows/pathMap)', rows }
}
