import type { ProgressRow } from '../../store/types.ts'
import { minimumCount, suppress } from '../suppress.ts'

/** One subject's progress in a flow: their last answer per question and their steps. */
export type SubjectProgress = {
  answers: Map<string, string>
  started: boolean
  completed: boolean
  viewed: Set<string>
  stepsCompleted: Set<string>
}

/** One answer as a label part: `value` is option keys joined by "+", "" when unanswered. */
export type GroupAnswer = { question: string; value: string }

/** Reads a stored answer's `{ question, value }`; null for anything else. */
function readAnswer(text: string | null): GroupAnswer | null {
  if (text === null) return null
  try {
    const parsed = JSON.parse(text) as { question?: unknown; value?: unknown }
    const value = Array.isArray(parsed.value)
      ? [...(parsed.value as unknown[])].map(String).sort().join('+')
      : parsed.value
    return typeof parsed.question === 'string' && typeof value === 'string'
      ? { question: parsed.question, value }
      : null
  } catch {
    return null
  }
}

/** Folds rows (by subject, oldest first) into each subject's progress. */
export function bySubject(rows: ProgressRow[]): Map<string, SubjectProgress> {
  const subjects = new Map<string, SubjectProgress>()
  for (const row of rows) {
    let progress = subjects.get(row.subject)
    if (!progress) {
      progress = {
        answers: new Map(),
        started: false,
        completed: false,
        viewed: new Set(),
        stepsCompleted: new Set(),
      }
      subjects.set(row.subject, progress)
    }
    if (row.type === 'flow_started') progress.started = true
    else if (row.type === 'flow_completed') progress.completed = true
    else if (row.type === 'step_viewed' && row.step) progress.viewed.add(row.step)
    else if (row.type === 'step_completed' && row.step) progress.stepsCompleted.add(row.step)
    else if (row.type === 'question_answered') {
      // A later answer to the same question replaces the earlier one (rows come oldest first).
      const answer = readAnswer(row.answer)
      if (answer) progress.answers.set(answer.question, answer.value)
    }
  }
  return subjects
}

/**
 * The funnel of a set of subjects: started, completed, and per step viewed and completed.
 * Steps named in `order` come first in that order (when reached), then the rest by most viewed.
 */
export function funnelOf(members: SubjectProgress[], order: readonly string[] = []) {
  const steps = new Map<string, { viewed: number; completed: number }>()
  for (const member of members) {
    for (const step of new Set([...member.viewed, ...member.stepsCompleted])) {
      const counts = steps.get(step) ?? { viewed: 0, completed: 0 }
      counts.viewed++
      if (member.stepsCompleted.has(step)) counts.completed++
      steps.set(step, counts)
    }
  }
  const rank = (step: string) => {
    const index = order.indexOf(step)
    return index === -1 ? order.length : index
  }
  return {
    subjects: suppress(members.length),
    started: suppress(members.filter((member) => member.started).length),
    completed: suppress(members.filter((member) => member.completed).length),
    steps: [...steps]
      .sort(([a, x], [b, y]) => rank(a) - rank(b) || y.viewed - x.viewed || (a < b ? -1 : 1))
      .map(([step, counts]) => ({
        step,
        viewed: suppress(counts.viewed),
        completed: suppress(counts.completed),
      })),
  }
}

/**
 * Funnels per answer group: subjects who gave the same answers to `questions` (every question
 * answered in the flow when none are named; a subject's last answer counts) form a group, and
 * each group gets its funnel (started, completed, per step viewed and completed). Groups of
 * fewer than five subjects are merged into one "other" group (`answers: null`, "øvrige").
 * A step viewed-or-completed counts as reached; every count under five is "<5".
 */
export function answerGroupFunnels(rows: ProgressRow[], questions: string[] | undefined) {
  const subjects = [...bySubject(rows).values()]
  const asked =
    questions ?? [...new Set(subjects.flatMap((subject) => [...subject.answers.keys()]))].sort()
  const groups = new Map<string, { answers: GroupAnswer[]; members: SubjectProgress[] }>()
  for (const subject of subjects) {
    const answers = asked.map((question) => ({
      question,
      value: subject.answers.get(question) ?? '',
    }))
    const key = JSON.stringify(answers)
    const group = groups.get(key) ?? { answers, members: [] }
    group.members.push(subject)
    groups.set(key, group)
  }
  const shown = [...groups.values()].filter((group) => group.members.length >= minimumCount)
  const other = [...groups.values()]
    .filter((group) => group.members.length < minimumCount)
    .flatMap((group) => group.members)
  return {
    questions: asked,
    groups: [
      ...shown
        .sort((a, b) => b.members.length - a.members.length)
        .map((group) => ({ answers: group.answers, ...funnelOf(group.members) })),
      ...(other.length > 0 ? [{ answers: null, ...funnelOf(other) }] : []),
    ],
  }
}
