import type { ExperimentText } from './experimentMessages.ts'
import { experimentSentences } from './experimentSentences.ts'
import { captionStyle, tableStyle } from './StatsTables.tsx'
import type { ExperimentStats } from './trackingStats.ts'

const percent = (rate: number) => `${Math.round(rate * 100)} %`
const signed = (value: number) => {
  const whole = Math.round(value * 100)
  return whole > 0 ? `+${whole}` : whole < 0 ? `−${-whole}` : '0'
}

/** Bars of each variant's rate with its interval; repeats the table, so hidden from screen readers. */
function RateChart({ stats, note }: { stats: ExperimentStats; note: string }) {
  return (
    <figure style={{ margin: '1rem 0' }}>
      <div
        aria-hidden="true"
        style={{ display: 'grid', gridTemplateColumns: 'minmax(6rem, 12rem) 1fr', gap: '6px 12px' }}
      >
        {stats.variants.map((row) => (
          <div key={row.variant} style={{ display: 'contents' }}>
            <div>{row.variant}</div>
            <div style={{ position: 'relative', height: 18 }}>
              {row.rate ? (
                <>
                  <div
                    style={{ background: '#5a7fb5', height: 14, width: `${row.rate.rate * 100}%` }}
                  />
                  <div
                    style={{
                      position: 'absolute',
                      top: 6,
                      height: 2,
                      background: 'var(--theme-text)',
                      left: `${row.rate.low * 100}%`,
                      width: `${(row.rate.high - row.rate.low) * 100}%`,
                    }}
                  />
                </>
              ) : (
                <span>–</span>
              )}
            </div>
          </div>
        ))}
      </div>
      <figcaption style={{ marginTop: 8 }}>{note}</figcaption>
    </figure>
  )
}

/**
 * An experiment in Indsigt: the hypothesis and goal as declared, the result in sentences
 * (a warning first when the split is broken), a chart and the table of every number.
 */
export function ExperimentSection({
  stats,
  t,
  locale,
  hypothesis,
  since,
}: {
  stats: ExperimentStats
  t: ExperimentText
  locale: 'da' | 'en'
  hypothesis: string | null
  since: string | null
}) {
  const sentences = experimentSentences(stats, locale)
  const first = stats.variants[0]?.variant ?? ''
  return (
    <section aria-labelledby="experiment-heading" data-testid="experiment">
      <h2 id="experiment-heading">{t.heading}</h2>
      <dl>
        {hypothesis ? (
          <>
            <dt>{t.hypothesis}</dt>
            <dd>{hypothesis}</dd>
          </>
        ) : null}
        <dt>{t.outcome}</dt>
        <dd>{t.outcomes[stats.outcome] ?? stats.outcome}</dd>
        {since ? (
          <>
            <dt>{t.since}</dt>
            <dd>{new Date(since).toLocaleDateString(locale === 'da' ? 'da-DK' : 'en-GB')}</dd>
          </>
        ) : null}
      </dl>
      <ul data-testid="experiment-sentences">
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <RateChart stats={stats} note={t.chartNote} />
      <table style={tableStyle} data-jf-table data-testid="experiment-table">
        <caption style={captionStyle}>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.variant}</th>
            <th scope="col">{t.share}</th>
            <th scope="col">{t.started}</th>
            <th scope="col">{t.reached}</th>
            <th scope="col">{t.rate}</th>
            <th scope="col">
              {t.difference} ({first})
            </th>
            <th scope="col">{t.chance}</th>
            <th scope="col">{t.needed}</th>
          </tr>
        </thead>
        <tbody>
          {stats.variants.map((row) => {
            const difference = row.comparison?.difference
            const chance = row.comparison?.chanceToBeatFirst
            return (
              <tr key={row.variant}>
                <th scope="row">{row.variant}</th>
                <td>{row.share} %</td>
                <td>{row.started}</td>
                <td>{row.reached}</td>
                <td>
                  {row.rate
                    ? `${percent(row.rate.rate)} (${percent(row.rate.low)}–${percent(row.rate.high)})`
                    : '–'}
                </td>
                <td>
                  {difference
                    ? `${signed(difference.estimate)} (${signed(difference.low)}; ${signed(difference.high)})`
                    : '–'}
                </td>
                <td>{chance === null || chance === undefined ? '–' : percent(chance)}</td>
                <td>{row.needed}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p>{t.method}</p>
    </section>
  )
}
