'use client'
import { useEffect, useId, useRef, useState } from 'react'
import type { Condition } from '../../../content-models/index.ts'
import {
  addAt,
  conditionAt,
  groupCondition,
  leafCondition,
  nodeOf,
  replaceAt,
  type AnswerOp,
  type GroupMode,
  type Leaf,
} from './conditionTree.ts'
import type { DraftQuestion, Vocabulary } from './flowDraft.ts'
import { fill, type FlowTexts } from './messages.ts'
import { styles } from './styles.ts'

type Props = {
  condition: Condition | null
  vocabulary: Vocabulary
  t: FlowTexts
  /** "Vis trinnet, når" or "Foreslå det alternative forløb, når". */
  lead: string
  /** What an empty condition means: "Vises altid" (a step) or "Foreslås aldrig" (the fallback). */
  empty: string
  onChange: (condition: Condition | null) => void
  readOnly?: boolean
}

/** A new rule: the first question's first answer, else the first step done. */
function firstRule(vocabulary: Vocabulary): Condition | null {
  const question = vocabulary.questions.find((q) => q.key)
  if (question) return { answer: question.key, is: question.options[0]?.value ?? '' }
  const step = vocabulary.steps.find((s) => s.key)
  return step ? { completed: step.key } : null
}

const joinWord = (mode: GroupMode, t: FlowTexts) =>
  mode === 'all' || mode === 'notAll' ? t.and : t.or

/**
 * A condition as sentences with pick lists: "Vis trinnet, når [Har du en a-kasse?] [er] [Nej]",
 * with groups ("alle"/"mindst én"/"ingen"/"ikke alle"), rules on steps done and checklists
 * completed. Only this flow's own questions, options and steps are offered, by title.
 */
export function ConditionEditor({
  condition,
  vocabulary,
  t,
  lead,
  empty,
  onChange,
  readOnly,
}: Props) {
  const base = useId()
  const rule = firstRule(vocabulary)
  // After a rule is added or removed, focus goes where the keyboard user continues.
  const container = useRef<HTMLDivElement>(null)
  const [focusTarget, setFocusTarget] = useState<string | null>(null)
  // The form hands the new condition back a render or two later: try until the target is there.
  const tries = useRef(0)
  useEffect(() => {
    if (!focusTarget) return
    const target = container.current?.querySelector<HTMLElement>(focusTarget)
    if (target) target.focus()
    if (target || ++tries.current > 3) {
      tries.current = 0
      setFocusTarget(null)
    }
  }, [focusTarget, condition])
  const change = (next: Condition | null, focus: string) => {
    onChange(next)
    setFocusTarget(focus)
  }
  const pathAttr = (path: readonly number[]) => path.join('.') || 'root'
  const firstControl = (path: readonly number[]) => `[data-jf-path="${pathAttr(path)}"] select`
  if (condition === null) {
    return (
      <div style={styles.row} ref={container} data-jf-condition-editor>
        <p style={{ margin: 0 }}>
          <strong>{empty}</strong>
        </p>
        {!readOnly &&
          (rule ? (
            <button
              type="button"
              style={styles.button}
              data-jf-add-condition
              onClick={() => {
                change(rule, firstControl([]))
              }}
            >
              {t.addCondition}
            </button>
          ) : (
            <span style={styles.muted}>{t.nothingToPick}</span>
          ))}
      </div>
    )
  }
  const replace = (path: number[], next: Condition | null) => {
    onChange(replaceAt(condition, path, next))
  }
  const remove = (path: number[]) => {
    const next = replaceAt(condition, path, null)
    const parent = path.slice(0, -1)
    const focus =
      next === null
        ? '[data-jf-add-condition]'
        : path.length > 0 &&
            conditionAt(next, parent) !== undefined &&
            'group' in nodeOf(conditionAt(next, parent)!)
          ? `[data-jf-path="${pathAttr(parent)}"] > div > [data-jf-add-rule]`
          : firstControl([])
    change(next, focus)
  }
  const add = (path: number[], addition: Condition) => {
    const target = conditionAt(condition, path)
    const node = target ? nodeOf(target) : null
    const index = node && 'group' in node ? node.children.length : 1
    change(addAt(condition, path, addition), firstControl([...path, index]))
  }

  const renderNode = (
    node: Condition,
    path: number[],
    prefix: string,
    label: string,
  ): React.ReactNode => {
    const seen = nodeOf(node)
    const id = `${base}-${path.join('-') || 'root'}`
    if ('group' in seen) {
      const word = joinWord(seen.group, t)
      return (
        <div
          role="group"
          aria-labelledby={`${id}-label`}
          data-jf-group
          data-jf-path={pathAttr(path)}
        >
          <div style={styles.row}>
            <span id={`${id}-label`} style={styles.word}>
              {prefix}
            </span>
            <select
              aria-label={`${t.modeLabel} (${label})`}
              style={styles.select}
              value={seen.group}
              disabled={readOnly}
              onChange={(event) => {
                replace(path, groupCondition(event.target.value as GroupMode, seen.children))
              }}
            >
              <option value="all">{t.modeAll}</option>
              <option value="any">{t.modeAny}</option>
              <option value="none">{t.modeNone}</option>
              <option value="notAll">{t.modeNotAll}</option>
            </select>
          </div>
          <ol style={styles.list}>
            {seen.children.map((child, index) => (
              <li key={index}>
                {renderNode(
                  child,
                  [...path, index],
                  index === 0 ? '•' : word,
                  path.length === 0 ? fill(t.rule, { n: index + 1 }) : `${label}.${index + 1}`,
                )}
              </li>
            ))}
          </ol>
          {!readOnly && (
            <div style={styles.row}>
              {rule && (
                <button
                  type="button"
                  style={styles.button}
                  data-jf-add-rule
                  onClick={() => {
                    add(path, rule)
                  }}
                >
                  {t.addRule}
                </button>
              )}
              {rule && path.length < 2 && (
                <button
                  type="button"
                  style={styles.button}
                  onClick={() => {
                    add(path, { any: [rule] })
                  }}
                >
                  {t.addGroup}
                </button>
              )}
              <button
                type="button"
                style={styles.button}
                onClick={() => {
                  remove(path)
                }}
                aria-label={path.length === 0 ? t.removeAll : `${t.removeGroup} (${label})`}
              >
                {path.length === 0 ? t.removeAll : t.removeGroup}
              </button>
            </div>
          )}
        </div>
      )
    }
    if ('leaf' in seen)
      return (
        <RuleRow
          id={id}
          path={pathAttr(path)}
          leaf={seen.leaf}
          prefix={prefix}
          label={label}
          vocabulary={vocabulary}
          t={t}
          readOnly={readOnly}
          onChange={(leaf) => {
            replace(path, leafCondition(leaf))
          }}
          onRemove={() => {
            remove(path)
          }}
          onAdd={
            path.length === 0 && rule
              ? () => {
                  add(path, rule)
                }
              : undefined
          }
        />
      )
    return (
      <div style={styles.row}>
        <p style={styles.warning}>{t.unknownRule}</p>
        {!readOnly && (
          <button
            type="button"
            style={styles.button}
            onClick={() => {
              remove(path)
            }}
          >
            {t.removeRule}
          </button>
        )}
      </div>
    )
  }
  return (
    <div data-jf-condition-editor ref={container}>
      {renderNode(condition, [], lead, fill(t.rule, { n: 1 }))}
    </div>
  )
}

type RowProps = {
  id: string
  /** The rule's place in the condition, for focus after adding or removing. */
  path: string
  leaf: Leaf
  prefix: string
  label: string
  vocabulary: Vocabulary
  t: FlowTexts
  readOnly?: boolean
  onChange: (leaf: Leaf) => void
  onRemove: () => void
  onAdd?: () => void
}

const titled = (title: string, t: FlowTexts) => (title.trim() ? title : t.untitled)

function opsFor(
  question: DraftQuestion | undefined,
  t: FlowTexts,
): { value: AnswerOp; text: string }[] {
  if (question?.type === 'multi')
    return [
      { value: 'is', text: t.has },
      { value: 'isNot', text: t.hasNot },
      { value: 'in', text: t.hasAny },
      { value: 'notIn', text: t.hasNone },
    ]
  return [
    { value: 'is', text: t.is },
    { value: 'isNot', text: t.isNot },
    { value: 'in', text: t.in },
    { value: 'notIn', text: t.notIn },
  ]
}

/** One rule as a sentence of pick lists; whatever it points at that no longer exists is said in words. */
function RuleRow({
  id,
  path,
  leaf,
  prefix,
  label,
  vocabulary,
  t,
  readOnly,
  onChange,
  onRemove,
  onAdd,
}: RowProps) {
  const subject =
    leaf.kind === 'answer'
      ? `q:${leaf.question}`
      : `${leaf.kind === 'completed' ? 's' : 'c'}:${leaf.step}`
  const question =
    leaf.kind === 'answer' ? vocabulary.questions.find((q) => q.key === leaf.question) : undefined
  const step =
    leaf.kind !== 'answer' ? vocabulary.steps.find((s) => s.key === leaf.step) : undefined
  const missingSubject = leaf.kind === 'answer' ? !question : !step
  const missingValues =
    leaf.kind === 'answer' && question
      ? leaf.values.filter((value) => !question.options.some((option) => option.value === value))
      : []
  const broken = missingSubject || missingValues.length > 0
  const checklistSteps = vocabulary.steps.filter((s) => s.key && s.isChecklist)

  const chooseSubject = (value: string) => {
    const [kind, ...rest] = value.split(':')
    const key = rest.join(':')
    if (kind === 'q') {
      const next = vocabulary.questions.find((q) => q.key === key)
      const op = leaf.kind === 'answer' ? leaf.op : 'is'
      const first = next?.options[0]?.value ?? ''
      onChange({
        kind: 'answer',
        question: key,
        op,
        values: op === 'in' || op === 'notIn' ? [first] : [first],
      })
    } else {
      const negate =
        leaf.kind === 'answer' ? leaf.op === 'isNot' || leaf.op === 'notIn' : leaf.negate
      onChange({ kind: kind === 's' ? 'completed' : 'checklistDone', step: key, negate })
    }
  }

  const valuesControl = () => {
    if (leaf.kind !== 'answer') return null
    const options = [
      ...(question?.options ?? []),
      ...missingValues.map((value) => ({ value, label: fill(t.missingOption, { key: value }) })),
    ]
    if (leaf.op === 'is' || leaf.op === 'isNot')
      return (
        <select
          aria-label={`${t.valueLabel} (${label})`}
          style={styles.select}
          value={leaf.values[0] ?? ''}
          disabled={readOnly}
          onChange={(event) => {
            onChange({ ...leaf, values: [event.target.value] })
          }}
        >
          {(leaf.values[0] ?? '') === '' && <option value="">{t.chooseOption}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {titled(option.label, t)}
            </option>
          ))}
        </select>
      )
    return (
      <fieldset style={{ ...styles.row, border: 0, padding: 0, margin: 0 }}>
        <legend
          style={{
            position: 'absolute',
            width: 1,
            height: 1,
            overflow: 'hidden',
            clipPath: 'inset(50%)',
          }}
        >
          {`${t.valuesLegend} (${label})`}
        </legend>
        {options.map((option) => {
          const checked = leaf.values.includes(option.value)
          const inputId = `${id}-v-${option.value}`
          return (
            <span
              key={option.value}
              style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
            >
              <input
                type="checkbox"
                style={styles.check}
                id={inputId}
                checked={checked}
                disabled={readOnly}
                onChange={() => {
                  onChange({
                    ...leaf,
                    values: checked
                      ? leaf.values.filter((v) => v !== option.value)
                      : [...leaf.values, option.value],
                  })
                }}
              />
              <label htmlFor={inputId}>{titled(option.label, t)}</label>
            </span>
          )
        })}
      </fieldset>
    )
  }

  return (
    <div
      role="group"
      aria-label={label}
      data-jf-rule
      data-jf-path={path}
      data-broken={broken || undefined}
    >
      <div style={styles.row}>
        <span style={styles.word}>{prefix}</span>
        <select
          aria-label={`${t.subjectLabel} (${label})`}
          style={styles.select}
          value={subject}
          disabled={readOnly}
          onChange={(event) => {
            chooseSubject(event.target.value)
          }}
        >
          {missingSubject && (
            <option value={subject}>
              {leaf.kind === 'answer'
                ? fill(t.missingQuestion, { key: leaf.question })
                : fill(t.missingStep, { key: leaf.step })}
            </option>
          )}
          {vocabulary.questions.some((q) => q.key) && (
            <optgroup label={t.questions}>
              {vocabulary.questions
                .filter((q) => q.key)
                .map((q) => (
                  <option key={q.key} value={`q:${q.key}`}>
                    {titled(q.title, t)}
                  </option>
                ))}
            </optgroup>
          )}
          {vocabulary.steps.some((s) => s.key) && (
            <optgroup label={t.steps}>
              {vocabulary.steps
                .filter((s) => s.key)
                .map((s) => (
                  <option key={s.key} value={`s:${s.key}`}>
                    {fill(t.stepSubject, { title: titled(s.title, t) })}
                  </option>
                ))}
            </optgroup>
          )}
          {(checklistSteps.length > 0 || leaf.kind === 'checklistDone') && (
            <optgroup label={t.checklists}>
              {checklistSteps.map((s) => (
                <option key={s.key} value={`c:${s.key}`}>
                  {fill(t.checklistSubject, { title: titled(s.title, t) })}
                </option>
              ))}
              {leaf.kind === 'checklistDone' && step && !step.isChecklist && (
                <option value={`c:${step.key}`}>
                  {fill(t.checklistSubject, { title: titled(step.title, t) })}
                </option>
              )}
            </optgroup>
          )}
        </select>
        {leaf.kind === 'answer' ? (
          <select
            aria-label={`${t.opLabel} (${label})`}
            style={styles.select}
            value={leaf.op}
            disabled={readOnly}
            onChange={(event) => {
              const op = event.target.value as AnswerOp
              const values = op === 'is' || op === 'isNot' ? leaf.values.slice(0, 1) : leaf.values
              onChange({
                ...leaf,
                op,
                values: values.length ? values : [question?.options[0]?.value ?? ''],
              })
            }}
          >
            {opsFor(question, t).map((op) => (
              <option key={op.value} value={op.value}>
                {op.text}
              </option>
            ))}
          </select>
        ) : (
          <select
            aria-label={`${t.opLabel} (${label})`}
            style={styles.select}
            value={leaf.negate ? 'no' : 'yes'}
            disabled={readOnly}
            onChange={(event) => {
              onChange({ ...leaf, negate: event.target.value === 'no' })
            }}
          >
            <option value="yes">{leaf.kind === 'completed' ? t.done : t.checklistDone}</option>
            <option value="no">{leaf.kind === 'completed' ? t.notDone : t.checklistNotDone}</option>
          </select>
        )}
        {valuesControl()}
        {!readOnly && (
          <>
            <button
              type="button"
              style={styles.button}
              onClick={onRemove}
              aria-label={`${t.removeRule} (${label})`}
            >
              {t.removeRule}
            </button>
            {onAdd && (
              <button type="button" style={styles.button} data-jf-add-rule onClick={onAdd}>
                {t.addRule}
              </button>
            )}
          </>
        )}
      </div>
      {broken && (
        <p style={styles.warning} role="note">
          {t.broken}
        </p>
      )}
    </div>
  )
}
