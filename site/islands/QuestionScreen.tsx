import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { Locale, Question } from '../../content-models/browser.ts'
import { choose } from '../../flows/index.ts'
import { format, messagesFor } from '../i18n/index.ts'
import { local, localOptional } from '../lib/text.ts'
import type { Answer } from '../state/deviceState.ts'
import { afterPaint } from './afterPaint.ts'

type Props = {
  locale: Locale
  question: Question
  answer: Answer | undefined
  number: { n: number; total: number }
  focusOnShow: boolean
  onAnswer: (answer: Answer) => void
  onBack: (() => void) | null
}

function choicesOf(question: Question, locale: Locale) {
  const t = messagesFor(locale)
  if (question.type === 'yesno') {
    return [
      { value: 'yes', label: { value: t.flow.yes, lang: undefined } },
      { value: 'no', label: { value: t.flow.no, lang: undefined } },
    ]
  }
  return question.options.map((option) => ({
    value: option.value,
    label: local(option.label, locale),
  }))
}

/** One screening question on its own screen: a fieldset of radios (or checkboxes), continue and back. */
export function QuestionScreen({
  locale,
  question,
  answer,
  number,
  focusOnShow,
  onAnswer,
  onBack,
}: Props) {
  const t = messagesFor(locale)
  const id = useId()
  const multi = question.type === 'multi'
  const [chosen, setChosen] = useState<string[]>(
    answer === undefined ? [] : Array.isArray(answer) ? answer : [answer],
  )
  const [error, setError] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const summary = useRef<HTMLDivElement>(null)
  useEffect(
    () => (focusOnShow ? afterPaint(() => heading.current?.focus()) : undefined),
    [question.key, focusOnShow],
  )
  useEffect(() => {
    if (error) summary.current?.focus()
  }, [error])
  const prompt = local(question.prompt, locale)
  const help = localOptional(question.help, locale)
  const choices = choicesOf(question, locale)
  const firstInput = `${id}-${choices[0]?.value ?? ''}`
  const submit = (event: FormEvent) => {
    event.preventDefault()
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
  const describedBy =
    [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <form className="jf-question" onSubmit={submit} noValidate>
      {onBack && (
        <a
          href="#"
          className="back-link"
          onClick={(event) => {
            event.preventDefault()
            onBack()
          }}
        >
          {t.flow.back}
        </a>
      )}
      {error && (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={summary}>
          <div className="alert-body">
            <p className="alert-heading">{t.flow.errorHeading}</p>
            <p className="alert-text">
              <a href={`#${firstInput}`}>{t.flow.required}</a>
            </p>
          </div>
        </div>
      )}
      <div className={error ? 'form-group form-error' : 'form-group'}>
        <fieldset aria-describedby={describedBy}>
          <legend className="form-label">
            <span className="jf-question-count">{format(t.flow.questionOf, number)}</span>
            <h2 className="jf-screen-heading" tabIndex={-1} ref={heading} lang={prompt.lang}>
              {prompt.value}
            </h2>
          </legend>
          {help && (
            <p className="form-hint" id={`${id}-help`} lang={help.lang}>
              {help.value}
            </p>
          )}
          {multi && <p className="form-hint">{t.flow.chooseAny}</p>}
          {error && (
            <p className="form-error-message" id={`${id}-error`}>
              {t.flow.required}
            </p>
          )}
          <ul className="nobullet-list">
            {choices.map((choice) => {
              const inputId = `${id}-${choice.value}`
              const checked = chosen.includes(choice.value)
              return (
                <li
                  key={choice.value}
                  className={multi ? 'form-group-checkbox' : 'form-group-radio'}
                >
                  <input
                    type={multi ? 'checkbox' : 'radio'}
                    className={multi ? 'form-checkbox' : 'form-radio'}
                    id={inputId}
                    name={question.key}
                    value={choice.value}
                    checked={checked}
                    onChange={() => {
                      setError(false)
                      setChosen(choose(chosen, choice.value, multi))
                    }}
                  />
                  <label className="form-label" htmlFor={inputId} lang={choice.label.lang}>
                    {choice.label.value}
                  </label>
                </li>
              )
            })}
          </ul>
        </fieldset>
      </div>
      <div className="jf-actions">
        <button type="submit" className="button button-primary">
          {t.flow.continue}
        </button>
      </div>
    </form>
  )
}
