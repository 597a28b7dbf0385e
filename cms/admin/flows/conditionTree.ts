import type { Condition } from '../../../content-models/index.ts'

/** How a group of rules combines: all hold (og), one holds (eller), none holds, not all hold. */
export type GroupMode = 'all' | 'any' | 'none' | 'notAll'

/** The comparison of an answer rule. */
export type AnswerOp = 'is' | 'isNot' | 'in' | 'notIn'

/** One rule as the builder shows it: a sentence with pick lists. */
export type Leaf =
  | { kind: 'answer'; question: string; op: AnswerOp; values: string[] }
  | { kind: 'completed'; step: string; negate: boolean }
  | { kind: 'checklistDone'; step: string; negate: boolean }

/** A condition seen as the builder edits it: a group of nodes, or a rule. */
export type Node = { group: GroupMode; children: Condition[] } | { leaf: Leaf } | { unknown: true }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Reads a stored condition as a group, a rule, or (for a shape the builder does not know) unknown. */
export function nodeOf(condition: Condition): Node {
  if (!isObject(condition)) return { unknown: true }
  if ('all' in condition && Array.isArray(condition.all))
    return { group: 'all', children: condition.all }
  if ('any' in condition && Array.isArray(condition.any))
    return { group: 'any', children: condition.any }
  if ('answer' in condition) {
    if ('is' in condition)
      return {
        leaf: { kind: 'answer', question: condition.answer, op: 'is', values: [condition.is] },
      }
    if ('in' in condition && Array.isArray(condition.in))
      return {
        leaf: { kind: 'answer', question: condition.answer, op: 'in', values: [...condition.in] },
      }
  }
  if ('completed' in condition)
    return { leaf: { kind: 'completed', step: condition.completed, negate: false } }
  if ('checklistDone' in condition)
    return { leaf: { kind: 'checklistDone', step: condition.checklistDone, negate: false } }
  if ('not' in condition && isObject(condition.not)) {
    const inner = nodeOf(condition.not)
    if ('group' in inner) {
      if (inner.group === 'all') return { group: 'notAll', children: inner.children }
      if (inner.group === 'any') return { group: 'none', children: inner.children }
      return { unknown: true }
    }
    if ('leaf' in inner) {
      const leaf = inner.leaf
      if (leaf.kind === 'answer')
        return {
          leaf: {
            ...leaf,
            op:
              leaf.op === 'is'
                ? 'isNot'
                : leaf.op === 'in'
                  ? 'notIn'
                  : leaf.op === 'isNot'
                    ? 'is'
                    : 'in',
          },
        }
      return { leaf: { ...leaf, negate: !leaf.negate } }
    }
  }
  return { unknown: true }
}

/** A group as a stored condition. */
export function groupCondition(mode: GroupMode, children: Condition[]): Condition {
  if (mode === 'all') return { all: children }
  if (mode === 'any') return { any: children }
  if (mode === 'none') return { not: { any: children } }
  return { not: { all: children } }
}

/** A rule as a stored condition. */
export function leafCondition(leaf: Leaf): Condition {
  if (leaf.kind === 'answer') {
    const positive: Condition =
      leaf.op === 'is' || leaf.op === 'isNot'
        ? { answer: leaf.question, is: leaf.values[0] ?? '' }
        : { answer: leaf.question, in: leaf.values }
    return leaf.op === 'isNot' || leaf.op === 'notIn' ? { not: positive } : positive
  }
  const positive: Condition =
    leaf.kind === 'completed' ? { completed: leaf.step } : { checklistDone: leaf.step }
  return leaf.negate ? { not: positive } : positive
}

/** The node at `path` (indices into nested groups), or undefined. */
export function conditionAt(condition: Condition, path: readonly number[]): Condition | undefined {
  let current: Condition | undefined = condition
  for (const index of path) {
    if (!current) return undefined
    const node = nodeOf(current)
    current = 'group' in node ? node.children[index] : undefined
  }
  return current
}

/**
 * The condition with the node at `path` replaced, or removed when `replacement` is null.
 * A group left without children goes too; the whole condition may become null (always shown).
 */
export function replaceAt(
  condition: Condition,
  path: readonly number[],
  replacement: Condition | null,
): Condition | null {
  if (path.length === 0) return replacement
  const node = nodeOf(condition)
  if (!('group' in node)) return condition
  const [index, ...rest] = path as [number, ...number[]]
  const child = node.children[index]
  if (child === undefined) return condition
  const changed = replaceAt(child, rest, replacement)
  const children =
    changed === null
      ? node.children.filter((_, i) => i !== index)
      : node.children.map((c, i) => (i === index ? changed : c))
  return children.length === 0 ? null : groupCondition(node.group, children)
}

/** The condition with `addition` added to the group at `path` (a rule at the top becomes a group). */
export function addAt(
  condition: Condition | null,
  path: readonly number[],
  addition: Condition,
): Condition {
  if (condition === null) return addition
  const target = conditionAt(condition, path)
  if (!target) return condition
  const node = nodeOf(target)
  const grown =
    'group' in node
      ? groupCondition(node.group, [...node.children, addition])
      : { all: [target, addition] }
  return replaceAt(condition, path, grown) ?? addition
}

/** A key renamed in a flow: a question's, an option's (of a question), or a step's. */
export type KeyRename =
  | { kind: 'question'; from: string; to: string }
  | { kind: 'option'; question: string; from: string; to: string }
  | { kind: 'step'; from: string; to: string }

/** The condition with every reference to a renamed key following the rename. */
export function renameInCondition(condition: Condition, rename: KeyRename): Condition {
  const node = nodeOf(condition)
  if ('group' in node)
    return groupCondition(
      node.group,
      node.children.map((child) => renameInCondition(child, rename)),
    )
  if (!('leaf' in node)) return condition
  const leaf = node.leaf
  if (leaf.kind === 'answer') {
    if (rename.kind === 'question' && leaf.question === rename.from)
      return leafCondition({ ...leaf, question: rename.to })
    if (rename.kind === 'option' && leaf.question === rename.question)
      return leafCondition({
        ...leaf,
        values: leaf.values.map((value) => (value === rename.from ? rename.to : value)),
      })
    return condition
  }
  if (rename.kind === 'step' && leaf.step === rename.from)
    return leafCondition({ ...leaf, step: rename.to })
  return condition
}
