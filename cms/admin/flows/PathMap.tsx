'use client'
import { useId } from 'react'
import type { Flow } from '../../../content-models/index.ts'
import type { PathGroup, PathMap as EnginePathMap } from '../../../flows/pathMap/index.ts'
import { fill, type FlowTexts } from './messages.ts'
import { styles } from './styles.ts'

type Props = {
  map: EnginePathMap | { error: string }
  flow: Flow
  t: FlowTexts
  language: 'da' | 'en'
  variant: string
  onVariant: (variant: string) => void
  onTry: (group: PathGroup, plan: number) => void
}

const cell = {
  padding: '6px 8px',
  borderTop: '1px solid var(--theme-elevation-300)',
  verticalAlign: 'top',
} as const

/** "Q: A eller B" for every question whose answer matters to this plan. */
function answersOf(group: PathGroup, flow: Flow, t: FlowTexts): string[] {
  const lines: string[] = []
  for (const set of group.answerSets) {
    if (set.everyAnswer || (!set.asked && set.skipped)) continue
    const question = flow.questions.find((q) => q.key === set.question)
    if (!question) continue
    const label = (value: string) =>
      question.type === 'yesno'
        ? value === 'yes'
          ? t.yes
          : t.no
        : (question.options.find((o) => o.value === value)?.label.da ?? value)
    const values = set.values.map(label)
    if (set.noneChosen) values.push('—')
    const prompt = question.prompt.da.trim() || t.untitled
    lines.push(`${prompt}${/[?:.!]$/.test(prompt) ? '' : ':'} ${values.join(` ${t.or} `)}`)
  }
  return lines
}

/**
 * The "Forløbskort": every combination of screening answers grouped by the plan it gives, as a
 * table a screen reader reads row by row (one row per plan), then what the editor should look at.
 */
export function PathMap({ map, flow, t, language, variant, onVariant, onTry }: Props) {
  const id = useId()
  const variants = flow.variants.filter((v) => v.key)
  return (
    <section data-jf-path-map aria-labelledby={`${id}-heading`} style={styles.box}>
      <h2 id={`${id}-heading`} style={{ margin: '0 0 8px', fontSize: '1.4em' }}>
        {t.mapHeading}
      </h2>
      <p>{t.mapIntro}</p>
      {variants.length > 0 && (
        <label style={styles.row}>
          {t.trialVariant}
          <select
            style={styles.select}
            value={variant}
            onChange={(event) => {
              onVariant(event.target.value)
            }}
          >
            <option value="">{t.trialNoVariant}</option>
            {variants.map((v) => (
              <option key={v.key} value={v.key}>
                {v.key}
              </option>
            ))}
          </select>
        </label>
      )}
      {'error' in map ? (
        <p style={styles.warning}>{fill(t.mapError, { message: map.error })}</p>
      ) : (
        <>
          <p
            role="status"
            data-jf-path-map-headline
            style={{ fontSize: '1.15em', fontWeight: 600 }}
          >
            {map.headline.message[language]}
          </p>
          {!map.complete && map.limit && <p style={styles.warning}>{map.limit[language]}</p>}
          {map.groups.length > 0 && (
            <table
              style={{ borderCollapse: 'collapse', width: '100%', margin: '8px 0 16px' }}
              data-jf-path-table
            >
              <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>
                {t.plansCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                    Plan
                  </th>
                  <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                    {t.answersHeader}
                  </th>
                  <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                    {t.stepsHeader}
                  </th>
                  <th scope="col" style={{ ...cell, textAlign: 'right' }}>
                    {t.minutesHeader}
                  </th>
                  <th scope="col" style={{ ...cell, textAlign: 'right' }}>
                    {t.countHeader}
                  </th>
                  <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                    {t.tryColumn}
                  </th>
                </tr>
              </thead>
              <tbody>
                {map.groups.map((group, index) => {
                  const n = index + 1
                  const answers = answersOf(group, flow, t)
                  return (
                    <tr key={index} data-jf-plan={n}>
                      <th scope="row" style={{ ...cell, textAlign: 'left' }}>
                        {n}
                      </th>
                      <td style={cell}>
                        {answers.length === 0 ? (
                          t.anyAnswer
                        ) : (
                          <ul style={{ margin: 0, paddingLeft: 18 }}>
                            {answers.map((line) => (
                              <li key={line}>{line}</li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td style={cell}>
                        <ol style={{ margin: 0, paddingLeft: 18 }} data-jf-plan-steps>
                          {group.steps.map((step) => (
                            <li key={step.key}>
                              {step.title.da || t.untitled}
                              {step.kind === 'contact' ? ` ${t.contactStepMark}` : ''}
                            </li>
                          ))}
                        </ol>
                        {group.later.length > 0 && (
                          <p style={{ margin: '4px 0 0' }}>
                            {t.laterSteps}{' '}
                            {group.later.map((step) => step.title.da || t.untitled).join(', ')}
                          </p>
                        )}
                        {group.fallback && (
                          <p style={{ margin: '4px 0 0' }}>{t.fallbackSuggested}</p>
                        )}
                      </td>
                      <td style={{ ...cell, textAlign: 'right' }}>{group.minutes}</td>
                      <td style={{ ...cell, textAlign: 'right' }}>{group.combinations}</td>
                      <td style={cell}>
                        <button
                          type="button"
                          style={styles.button}
                          aria-label={fill(t.tryTheseNamed, { n })}
                          onClick={() => {
                            onTry(group, n)
                          }}
                        >
                          {t.tryThese}
                        </button>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          )}
          <h3 style={{ fontSize: '1.1em', margin: '8px 0 4px' }}>{t.flagsHeading}</h3>
          {map.flags.length === 0 ? (
            <p>{t.noFlags}</p>
          ) : (
            <ul data-jf-path-flags style={{ paddingLeft: 18 }}>
              {map.flags.map((flag, index) => (
                <li key={index}>{flag.message[language]}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
