'use client'
import { useEffect, useId, useRef, useState } from 'react'
import type { Question } from '../../../content-models/index.ts'
import { choose } from '../../../flows/index.ts'
import type { CitizenTexts } from './citizenTexts.ts'
import { fill } from './messages.ts'
import { styles } from './styles.ts'

type Props = {
  question: Question
  answer: string | readonly string[] | undefined
  number: { n: number; total: number }
  c: CitizenTexts
  onAnswer: (answer: string | string[]) => void
  onBack: (() => void) | null
}

/** One screening question as the citizen sees it: radios (or checkboxes), continue, back. */
export function TrialQuestion({ question, answer, number, c, onAnswer, onBack }: Props) {
  const id = useId()
  const multi = question.type === 'multi'
  const [chosen, setChosen] = useState<string[]>(
    answer === undefined ? [] : typeof answer === 'string' ? [answer] : [...answer],
  )
  const [error, setError] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [question.key])
  const choices =
    question.type === 'yesno'
      ? [
          { value: 'yes', label: c.yes },
          { value: 'no', label: c.no },
        ]
      : question.options.map((option) => ({ value: option.value, label: option.label.da }))
  const submit = () => {
    if (multi) {
      onAnswer(chosen)
      return
    }
    const [value] = chosen
    if (value === undefined) {
      setError(true)
      return
    }
    onAnswer(value)
  }
  return (
    <div data-jf-trial-question>
      {onBack && (
        <p>
          <button type="button" style={styles.button} onClick={onBack}>
            {c.back}
          </button>
        </p>
      )}
      <fieldset
        style={{ border: 0, padding: 0, margin: 0 }}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <legend>
          <span style={styles.muted}>{fill(c.questionOf, number)}</span>
          <h3 ref={heading} tabIndex={-1} style={{ margin: '4px 0 8px', fontSize: '1.2em' }}>
            {question.prompt.da}
          </h3>
        </legend>
        {question.help?.da && <p style={styles.muted}>{question.help.da}</p>}
        {multi && <p style={styles.muted}>{c.chooseAny}</p>}
        {error && (
          <p id={`${id}-error`} role="alert" style={styles.warning}>
            {c.required}
          </p>
        )}
        <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0' }}>
          {choices.map((choice) => {
            const inputId = `${id}-${choice.value}`
            const checked = chosen.includes(choice.value)
            return (
              <li
                key={choice.value}
                style={{ display: 'flex', gap: 8, alignItems: 'center', margin: '6px 0' }}
              >
                <input
                  type={multi ? 'checkbox' : 'radio'}
                  style={styles.check}
                  id={inputId}
                  name={`${id}-choice`}
                  checked={checked}
                  onChange={() => {
                    setError(false)
                    setChosen(choose(chosen, choice.value, multi))
                  }}
                />
                <label htmlFor={inputId}>{choice.label}</label>
              </li>
            )
          })}
        </ul>
      </fieldset>
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        onClick={submit}
        style={{ margin: 0 }}
      >
        {c.continue}
      </button>
    </div>
  )
}
