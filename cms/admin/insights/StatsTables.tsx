import type { InsightsText } from './messages.ts'
import type { FlowsStats, FlowStats } from './trackingStats.ts'

/**
 * Our own table look. Payload's `.table` class greys the header row (theme elevation 400 on
 * white, below 4.5:1), so the tables use the theme's text colour instead.
 */
/** The look of every Indsigt table. */
export const tableStyle = {
  borderCollapse: 'collapse',
  width: '100%',
  margin: '1rem 0 2rem',
  color: 'var(--theme-text)',
} as const
/** The look of every Indsigt table caption. */
export const captionStyle = { textAlign: 'left', fontWeight: 600, padding: '4px 0' } as const

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)} %`)

/** One row per flow: started, completed, completion rate. */
export function FlowsTable({
  stats,
  titles,
  t,
}: {
  stats: FlowsStats
  titles: Record<string, string>
  t: InsightsText
}) {
  return (
    <table style={tableStyle} data-jf-table>
      <caption style={captionStyle}>{t.flows}</caption>
      <thead>
        <tr>
          <th scope="col">{t.flow}</th>
          <th scope="col">{t.started}</th>
          <th scope="col">{t.completed}</th>
          <th scope="col">{t.rate}</th>
        </tr>
      </thead>
      <tbody>
        {stats.flows.map((row) => (
          <tr key={row.flow}>
            <th scope="row">{titles[row.flow] ?? row.flow}</th>
            <td>{row.started}</td>
            <td>{row.completed}</td>
            <td>{percent(row.completionRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The funnel of one flow: per step viewed, completed, dropped off. */
export function StepsTable({
  stats,
  titles,
  t,
}: {
  stats: FlowStats
  titles: Record<string, string>
  t: InsightsText
}) {
  return (
    <table style={tableStyle} data-testid="funnel-table" data-jf-table>
      <caption style={captionStyle}>{t.funnelCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.step}</th>
          <th scope="col">{t.viewed}</th>
          <th scope="col">{t.completed}</th>
          <th scope="col">{t.droppedOff}</th>
        </tr>
      </thead>
      <tbody>
        {stats.steps.map((row) => (
          <tr key={row.step}>
            <th scope="row">{titles[row.step] ?? row.step}</th>
            <td>{row.viewed}</td>
            <td>{row.completed}</td>
            <td>{row.droppedOff}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The flow's variants side by side. */
export function VariantsTable({ stats, t }: { stats: FlowStats; t: InsightsText }) {
  return (
    <table style={tableStyle} data-jf-table>
      <caption style={captionStyle}>{t.variants}</caption>
      <thead>
        <tr>
          <th scope="col">{t.variant}</th>
          <th scope="col">{t.started}</th>
          <th scope="col">{t.completed}</th>
          <th scope="col">{t.rate}</th>
          <th scope="col">{t.median}</th>
        </tr>
      </thead>
      <tbody>
        {stats.variants.map((row) => (
          <tr key={row.variant ?? 'none'}>
            <th scope="row">{row.variant ?? t.none}</th>
            <td>{row.started}</td>
            <td>{row.completed}</td>
            <td>{percent(row.completionRate)}</td>
            <td>{row.medianMinutes ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
